using Microsoft.Extensions.Configuration;
using Pilot1X.Core.Checking;
using Pilot1X.Pipeline.Reporting;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x status [--json] [--storage CONNECTION_STRING] [--roster FILE] [--deadline T]</c>: the per-institution status as the
/// pipeline stored it in Table storage (by <c>pilot1x run</c> locally or the Functions app in Azure).
/// </summary>
public sealed class StatusCommand(TimeProvider clock, IConfiguration environment)
{
    /// <summary>This command's usage (Chinese), printed by <c>pilot1x status --help</c> and in <c>pilot1x --help</c>.</summary>
    public const string Usage = """
        pilot1x status [--json] [--storage 连接字符串] [--roster 名单文件] [--deadline 时间]
            显示表存储中各单位的材料状态和距截止时间的天数；--json 输出 pilot1x.status/1 格式
            （每个单位与 pilot1x check --json 同形，另有 version、updatedAt）。
        """;

    private static readonly HashSet<string> ValueOptions = ["--storage", "--roster", "--deadline"];
    private static readonly HashSet<string> FlagOptions = ["--json"];

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Stream rawStdout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(rawStdout);
        ArgumentNullException.ThrowIfNull(clock);
        var parsed = ParsedArguments.Parse(args, ValueOptions, FlagOptions);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"status 不接受路径参数：{parsed.Positionals[0]}");
        }

        var settings = CommandSettings.Read(environment, parsed);
        await using var pipeline = await LocalPipeline.OpenAsync(parsed.Value("--storage"), settings, stderr, clock, cancellationToken).ConfigureAwait(false);
        var rows = await pipeline.StatusesAsync(cancellationToken).ConfigureAwait(false);
        var standing = pipeline.Deadline.Standing();
        if (parsed.Flag("--json"))
        {
            var report = await pipeline.Get<OfficeSnapshotReader>()
                .ReadCheckReportAsync(standing.AsOf.ToOffset(CheckOptions.ChinaStandardTime), standing.Deadline, cancellationToken).ConfigureAwait(false);
            StatusView.WriteJson(rawStdout, report, rows);
            rawStdout.Write("\n"u8);
            await rawStdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            StatusView.WriteTable(stdout, standing, rows);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }
}
