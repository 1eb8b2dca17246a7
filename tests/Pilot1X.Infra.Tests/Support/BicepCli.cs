using System.Diagnostics;
using System.Reflection;

namespace Pilot1X.Infra.Tests.Support;

/// <summary>
/// Runs the Bicep CLI that NuGet restore downloaded (PackageDownload of Azure.Bicep.CommandLine.linux-x64),
/// so CI validates the templates without an Azure account or a separately installed tool.
/// </summary>
internal static class BicepCli
{
    public const string Version = "0.49.2";

    private const string PackageId = "azure.bicep.commandline.linux-x64";

    public static string ExecutablePath { get; } = Locate();

    public static BicepResult Run(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"无法启动 Bicep CLI：{ExecutablePath}");
        var standardError = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} 3 分钟内没有结束。");
        }

        return new BicepResult(process.ExitCode, standardOutput, standardError.GetAwaiter().GetResult());
    }

    private static string Locate()
    {
        var roots = new[]
        {
            typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(attribute => attribute.Key == "NuGetPackageRoot")?.Value,
            Environment.GetEnvironmentVariable("NUGET_PACKAGES"),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
        };

        foreach (var root in roots.Where(root => !string.IsNullOrWhiteSpace(root)))
        {
            var candidate = Path.Combine(root!, PackageId, Version, "tools", "bicep");
            if (File.Exists(candidate))
            {
                EnsureExecutable(candidate);
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"找不到 Bicep CLI {Version}：请先运行 dotnet restore tests/Pilot1X.Infra.Tests（PackageDownload 会下载 {PackageId}）。");
    }

    private static void EnsureExecutable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | execute);
        }
    }
}
