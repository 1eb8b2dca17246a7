using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Pilot1X.LocalStorage;

/// <summary>
/// Azurite, the local Azure Storage emulator, run from the repository's npm lockfile (<c>azurite</c> 3.35.0): the local
/// pipeline and the tests use real Blob, Queue and Table endpoints without an Azure account. Installs it with
/// <c>npm ci</c> when <c>node_modules</c> lacks it, starts it on loopback ports and waits until all three answer.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account key (public, documented by Microsoft; not a secret).</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;

    private AzuriteProcess(Process process, AzuritePorts ports)
    {
        _process = process;
        Ports = ports;
    }

    public AzuritePorts Ports { get; }

    public string ConnectionString => ConnectionStringFor(Ports);

    public static string ConnectionStringFor(AzuritePorts ports)
    {
        ArgumentNullException.ThrowIfNull(ports);
        return string.Create(CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};BlobEndpoint=http://127.0.0.1:{ports.Blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{ports.Queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{ports.Table}/devstoreaccount1;");
    }

    /// <summary>The folder with package.json and the solution, searched upwards from <paramref name="start"/>.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "package-lock.json")) && File.Exists(Path.Combine(dir.FullName, "Pilot1X.Functions.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>True when something accepts TCP connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static bool IsListening(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Three currently free loopback ports (for tests that must not collide with a running Azurite).</summary>
    public static AzuritePorts FreePorts()
    {
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToList();
        listeners.ForEach(l => l.Stop());
        return new AzuritePorts(ports[0], ports[1], ports[2]);
    }

    /// <summary>
    /// Starts Azurite on free loopback ports (tests, parallel runs). A port found free can be taken by someone else before
    /// Azurite binds it (an outgoing connection gets an ephemeral port from the same range), so an Azurite that exits at
    /// start is tried again on other ports.
    /// </summary>
    public static async Task<AzuriteProcess> StartOnFreePortsAsync(string repositoryRoot, string location, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartAsync(repositoryRoot, location, FreePorts(), cancellationToken).ConfigureAwait(false);
            }
            catch (AzuriteExitedException) when (attempt < 3)
            {
                await Task.Delay(200 * attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Starts Azurite on the given ports, keeping its data in <paramref name="location"/>, and waits until it answers.</summary>
    public static async Task<AzuriteProcess> StartAsync(string repositoryRoot, string location, AzuritePorts ports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ports);
        await AzuriteInstaller.EnsureInstalledAsync(repositoryRoot, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(location);
        var start = new ProcessStartInfo(AzuriteInstaller.Executable(repositoryRoot))
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--location", location,
            "--blobHost", "127.0.0.1", "--blobPort", Text(ports.Blob),
            "--queueHost", "127.0.0.1", "--queuePort", Text(ports.Queue),
            "--tableHost", "127.0.0.1", "--tablePort", Text(ports.Table),
        })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("无法启动 Azurite 进程。");
        var output = new AzuriteOutput(process, ports);
        var azurite = new AzuriteProcess(process, ports);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(output.AllListening && IsListening(ports.Blob) && IsListening(ports.Queue) && IsListening(ports.Table)))
        {
            if (process.HasExited)
            {
                // The parameterless wait also lets the output handlers finish, so the message carries Azurite's last words.
                process.WaitForExit();
                var code = process.ExitCode;
                await azurite.DisposeAsync().ConfigureAwait(false);
                throw new AzuriteExitedException($"Azurite 启动后退出（退出码 {code}），端口 127.0.0.1:{ports.Blob}/{ports.Queue}/{ports.Table} 可能已被占用：{output}");
            }

            if (DateTime.UtcNow > deadline)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"Azurite 未能在 60 秒内于 127.0.0.1:{ports.Blob}/{ports.Queue}/{ports.Table} 启动；请检查这些端口是否被占用，或删除 {location} 后重试。");
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        return azurite;
    }

    public async ValueTask DisposeAsync()
    {
        // Asked to stop (SIGINT), Azurite saves its tables; killed, it loses the last seconds of writes — and a later run
        // would then take the same mail again. Kill only when it does not stop within the grace period.
        if (!_process.HasExited && await InterruptAsync(_process.Id).ConfigureAwait(false))
        {
            await Task.WhenAny(_process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(10))).ConfigureAwait(false);
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private static async Task<bool> InterruptAsync(int processId)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill", $"-INT {processId}") { UseShellExecute = false });
        if (kill is null)
        {
            return false;
        }

        await kill.WaitForExitAsync().ConfigureAwait(false);
        return kill.ExitCode == 0;
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
