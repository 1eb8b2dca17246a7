namespace Pilot1X.Infra.Tests.Support;

/// <summary>
/// Builds and lints infra/main.bicep once for all tests: each Bicep CLI start costs seconds on a shared
/// two-core machine.
/// </summary>
public sealed class BicepFixture
{
    private readonly Lazy<BicepResult> build = new(() => BicepCli.Run("build", RepositoryPaths.MainBicep, "--stdout"));
    private readonly Lazy<BicepResult> lint = new(() => BicepCli.Run("lint", RepositoryPaths.MainBicep));
    private readonly Lazy<CompiledTemplate> template;

    public BicepFixture()
    {
        template = new(() =>
        {
            var result = Build;
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"bicep build 失败（退出码 {result.ExitCode}）：{result.StandardError}");
            }

            return CompiledTemplate.Parse(result.StandardOutput);
        });
    }

    internal BicepResult Build => build.Value;

    internal BicepResult Lint => lint.Value;

    internal CompiledTemplate Template => template.Value;
}
