using Microsoft.Extensions.Options;
using Pilot1X.Core.Checking;
using Pilot1X.Storage.Options;
using Pilot1X.Storage.Reporting;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x status [--json] [--storage CONNECTION_STRING] [--roster FILE]</c>: the per-institution status as the
/// pipeline stored it in Table storage (by <c>pilot1x run</c> locally or the Functions app in Azure).
/// </summary>
public static class StatusCommand
{
    private static readonly HashSet<string> ValueOptions = ["--storage", "--roster"];
    private static readonly HashSet<string> FlagOptions = ["--json"];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Stream rawStdout, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(rawStdout);
        ArgumentNullException.ThrowIfNull(clock);
        var parsed = ParsedArguments.Parse(args, ValueOptions, FlagOptions);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"status 不接受路径参数：{parsed.Positionals[0]}");
        }

        CheckCommand.LoadRoster(parsed.Value("--roster"));
        await using var pipeline = await LocalPipeline.OpenAsync(parsed.Value("--storage"), parsed.Value("--roster"), stderr, cancellationToken).ConfigureAwait(false);
        var rows = await pipeline.StatusesAsync(cancellationToken).ConfigureAwait(false);
        if (parsed.Flag("--json"))
        {
            var deadline = pipeline.Get<IOptions<AnalysisOptions>>().Value.Deadline;
            var report = await pipeline.Get<OfficeSnapshotReader>()
                .ReadCheckReportAsync(clock.GetUtcNow().ToOffset(CheckOptions.ChinaStandardTime), deadline, cancellationToken).ConfigureAwait(false);
            StatusView.WriteJson(rawStdout, report, rows);
            rawStdout.Write("\n"u8);
            await rawStdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            StatusView.WriteTable(stdout, rows);
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }
}
