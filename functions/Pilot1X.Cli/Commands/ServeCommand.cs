using System.Globalization;
using Pilot1X.Core.Checking;
using Pilot1X.Storage.Reporting;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x serve [--port N] [--storage CONNECTION_STRING] [--roster FILE] [--deadline T]</c>: the office's dashboard
/// on this machine, against the same storage <c>pilot1x status</c> reads (Azurite started if nothing is listening),
/// each page read fresh from storage as of the moment it is requested. Listens on 127.0.0.1 only, until Ctrl+C
/// (or SIGTERM, which the web host receives and reports through <see cref="RunningDashboard.Stopping"/>).
/// </summary>
public sealed class ServeCommand(TimeProvider clock)
{
    public const int DefaultPort = 7071;

    private static readonly HashSet<string> ValueOptions = ["--port", "--storage", "--roster", "--deadline"];

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        await using var running = await StartAsync(args, stdout, stderr, cancellationToken).ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, running.Stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await stdout.WriteLineAsync("看板已停止。").ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>Opens storage and starts listening; the caller stops both by disposing the result.</summary>
    public async Task<RunningDashboard> StartAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var parsed = ParsedArguments.Parse(args, ValueOptions, new HashSet<string>());
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"serve 不接受路径参数：{parsed.Positionals[0]}");
        }

        var port = DefaultPort;
        if (parsed.Value("--port") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535))
        {
            throw new UsageException($"--port 的值“{text}”不是有效的端口号（0–65535，0 表示自动选择空闲端口）。");
        }

        var deadline = parsed.Value("--deadline") is { } value ? TimeArgument.Parse("--deadline", value, endOfDay: true) : CheckOptions.DefaultDeadline;
        CheckCommand.LoadRoster(parsed.Value("--roster"));
        var pipeline = await LocalPipeline.OpenAsync(parsed.Value("--storage"), parsed.Value("--roster"), stderr, cancellationToken).ConfigureAwait(false);
        try
        {
            var reader = pipeline.Get<OfficeSnapshotReader>();
            var server = await DashboardServer.StartAsync(ct => reader.ReadAsync(clock.GetUtcNow(), deadline, ct), port, cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync($"职成教处看板已启动：{server.Url}（只在本机 127.0.0.1 上提供，只读；每次刷新都从存储读取最新状态；按 Ctrl+C 停止）").ConfigureAwait(false);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            return new RunningDashboard(server, pipeline);
        }
        catch
        {
            await pipeline.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
