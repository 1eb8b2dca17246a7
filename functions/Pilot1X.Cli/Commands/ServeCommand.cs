using System.Globalization;
using Microsoft.Extensions.Configuration;
using Pilot1X.Pipeline.Reporting;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x serve [--port N] [--storage CONNECTION_STRING] [--roster FILE] [--deadline T]</c>: the office's dashboard
/// on this machine, against the same storage <c>pilot1x status</c> reads (Azurite started if nothing is listening),
/// each page read fresh from storage as of the moment it is requested. Listens on 127.0.0.1 only, until Ctrl+C
/// (or SIGTERM, which the web host receives and reports through <see cref="RunningDashboard.Stopping"/>).
/// </summary>
public sealed class ServeCommand(TimeProvider clock, IConfiguration environment)
{
    /// <summary>This command's usage (Chinese), printed by <c>pilot1x serve --help</c> and in <c>pilot1x --help</c>.</summary>
    public const string Usage = """
        pilot1x serve [--port 端口] [--storage 连接字符串] [--roster 名单文件] [--deadline 时间]
            在本机（只监听 127.0.0.1，默认端口 7071）提供职成教处看板：总体数字、各单位材料齐全情况（可按层次、抽查、状态筛选）、
            单位明细（文件与问题）和报送进度图；只读，每次刷新都从表存储读取最新状态（与 pilot1x status 相同）。按 Ctrl+C 停止。
        """;

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

        var settings = CommandSettings.Read(environment, parsed);
        var pipeline = await LocalPipeline.OpenAsync(parsed.Value("--storage"), settings, stderr, clock, cancellationToken).ConfigureAwait(false);
        try
        {
            var reader = pipeline.Get<OfficeSnapshotReader>();
            var deadline = pipeline.Deadline;
            var server = await DashboardServer.StartAsync(ct => reader.ReadAsync(deadline.Now, deadline.Deadline, ct), port, cancellationToken).ConfigureAwait(false);
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
