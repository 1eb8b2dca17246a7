namespace Pilot1X.Infra.Tests.Support;

/// <summary>
/// Finds the repository's files from the test's output folder, so the tests check the committed
/// infrastructure and not a copy.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Infra => Path.Combine(Root, "infra");

    public static string MainBicep => Path.Combine(Infra, "main.bicep");

    public static string SettingsContract => Path.Combine(Infra, "app-settings.json");

    public static string MainParameters => Path.Combine(Infra, "main.parameters.json");

    public static string AzureYaml => Path.Combine(Root, "azure.yaml");

    public static string FunctionsProject => Path.Combine(Root, "functions", "Pilot1X.Functions");

    public static string LocalSettingsExample => Path.Combine(FunctionsProject, "local.settings.example.json");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pilot1X.Functions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"从 {AppContext.BaseDirectory} 向上找不到 Pilot1X.Functions.sln：请在仓库内运行测试。");
    }
}
