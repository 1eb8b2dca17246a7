using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Pilot1X.LocalStorage;

/// <summary>
/// Installs Azurite from the repository's npm lockfile (<c>npm ci</c>) when <c>node_modules</c> lacks it — one process at
/// a time (a lock file per repository), since parallel test processes start Azurite together.
/// </summary>
internal static class AzuriteInstaller
{
    public static string Executable(string repositoryRoot) => Path.Combine(repositoryRoot, "node_modules", ".bin", "azurite");

    /// <summary>Runs <c>npm ci</c> in the repository when Azurite is not installed yet (one process at a time).</summary>
    public static async Task EnsureInstalledAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        if (File.Exists(Executable(repositoryRoot)))
        {
            return;
        }

        await using var installLock = await AcquireLockAsync(Path.Combine(Path.GetTempPath(), "pilot1x-npm-ci-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(repositoryRoot)))[..16] + ".lock"), cancellationToken).ConfigureAwait(false);
        if (File.Exists(Executable(repositoryRoot)))
        {
            return;
        }

        var (code, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], repositoryRoot, cancellationToken).ConfigureAwait(false);
        if (code != 0 || !File.Exists(Executable(repositoryRoot)))
        {
            throw new InvalidOperationException($"无法安装 Azurite：在 {repositoryRoot} 运行 npm ci 失败（退出码 {code}）。请确认已安装 Node.js 20 和 npm，并能访问 npm 仓库。{Environment.NewLine}{output}");
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                await Task.Delay(500, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, string[] args, string directory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"无法启动 {file}。");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return (process.ExitCode, await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false));
    }
}
