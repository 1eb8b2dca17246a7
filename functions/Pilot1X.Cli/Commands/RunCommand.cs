using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x run [PATH...] [--uploads DIR] [--storage CONNECTION_STRING] [--roster FILE] [--as-of DATETIME]</c>:
/// the Functions pipeline on this machine. Uploads the inputs to <c>uploads/</c> through the same
/// <see cref="UploadIntake"/> the blob function calls, drains the analysis queue through the same
/// <see cref="SubmissionAnalyzer"/> the queue function calls, and prints the per-institution status.
/// PATHs are submissions as received (files, folders, emails, archives: they go to <c>uploads/收件箱/…</c> and the engine
/// attributes them); <c>--uploads DIR</c> is a folder already sorted like the container (<c>DIR/{单位}/{文件}</c>).
/// With neither, the bundled samples are written to <c>out/samples</c> and used, received at <c>pilot1x demo</c>'s as-of time.
/// </summary>
public sealed class RunCommand(TimeProvider clock, IConfiguration environment)
{
    /// <summary>This command's usage (Chinese), printed by <c>pilot1x run --help</c> and in <c>pilot1x --help</c>.</summary>
    public const string Usage = """
        pilot1x run [路径...] [--uploads 文件夹] [--storage 连接字符串] [--roster 名单文件] [--as-of 时间]
                    [--mailbox 文件夹|imaps://账号:授权码@主机:993/INBOX] [--smtp 文件夹|smtps://账号:授权码@主机:465] [--watch]
            在本机运行与 Azure Functions 相同的流水线（上传 → 队列分析 → 归档与状态），默认使用 Azurite
            （UseDevelopmentStorage=true，未运行时自动启动）；不给路径时使用自带示例材料。
            --mailbox 收取邮件（.eml 文件夹或 IMAP 邮箱）并生成回执，回执默认写入 out/outbox，--smtp 改为经 SMTP 发出；--watch 每分钟再收一次。
            --roster 的名单存入存储账户（函数应用读取的 Pilot1X__RosterBlob，未设置时为 materials/名单/试点院校名单），
            之后的 status、report、remind、serve、upload-link 和函数应用都使用它。
        """;

    public const string Inbox = "收件箱";

    private static readonly HashSet<string> ValueOptions = ["--uploads", "--storage", "--roster", "--as-of", "--mailbox", "--smtp"];

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var parsed = ParsedArguments.Parse(args, ValueOptions, new HashSet<string> { "--watch" });
        var mailbox = parsed.Value("--mailbox");
        var mailTarget = mailbox is null ? default : MailboxRun.Resolve(mailbox, parsed.Value("--smtp"));
        var missing = parsed.Positionals.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
        if (missing is not null)
        {
            throw new UsageException($"找不到文件或文件夹：{missing}");
        }

        var uploadsDir = parsed.Value("--uploads");
        if (uploadsDir is not null && !Directory.Exists(uploadsDir))
        {
            throw new UsageException($"--uploads 指定的文件夹不存在：{uploadsDir}");
        }

        var receiptDelivery = UploadReceiptRun.Delivery(parsed.Value("--smtp"));
        var asOf = parsed.Value("--as-of") is { } value ? TimeArgument.Parse("--as-of", value, endOfDay: false) : (DateTimeOffset?)null;
        var settings = CommandSettings.Read(environment, parsed);
        var uploads = new List<(string Institution, string Name, string Path)>();
        if (parsed.Positionals.Count == 0 && uploadsDir is null && mailbox is null)
        {
            var samples = Path.Combine("out", "samples");
            if (Directory.Exists(samples))
            {
                Directory.Delete(samples, recursive: true);
            }

            BundledSamples.Write(samples);
            // Same "now" as pilot1x demo: the samples arrive before the notice's deadline.
            asOf ??= TimeArgument.Parse("--as-of", DemoCommand.DefaultAsOf, endOfDay: false);
            await stdout.WriteLineAsync($"未给出输入，使用自带的示例材料（已写入 {samples}，收到时间按 {DemoCommand.DefaultAsOf} 计）。").ConfigureAwait(false);
            uploads.AddRange(FromPaths([samples]));
        }

        uploads.AddRange(FromPaths(parsed.Positionals));
        if (uploadsDir is not null)
        {
            uploads.AddRange(FromUploadsFolder(uploadsDir));
        }

        await using var pipeline = await LocalPipeline.OpenAsync(parsed.Value("--storage"), settings, stderr, clock, cancellationToken, storeRoster: true).ConfigureAwait(false);
        var intake = pipeline.Get<UploadIntake>();
        var watch = Stopwatch.StartNew();
        var queued = 0;
        foreach (var (institution, name, path) in uploads)
        {
            await using var content = File.OpenRead(path);
            if ((await intake.UploadAsync(institution, name, content, asOf ?? clock.GetUtcNow(), cancellationToken).ConfigureAwait(false)).Queued)
            {
                queued++;
            }
        }

        // No Event Grid here, so nothing is in flight: whatever sits in uploads/ without having been taken in (an earlier
        // run stopped between writing and intake) is taken in now, by the same sweep the Functions timer runs.
        var swept = await pipeline.Get<UploadSweep>().SweepAsync(DateTimeOffset.MaxValue, cancellationToken).ConfigureAwait(false);
        if (swept.Queued.Count > 0)
        {
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"补收了 {swept.Queued.Count} 个此前已上传但从未收取的文件。")).ConfigureAwait(false);
        }

        var outcomes = await pipeline.Get<AnalysisQueueDrainer>().DrainAsync(cancellationToken).ConfigureAwait(false);
        if (mailbox is not null)
        {
            await MailboxRun.RunAsync(pipeline, mailbox, mailTarget, parsed.Flag("--watch"), asOf ?? clock.GetUtcNow(), stdout, cancellationToken).ConfigureAwait(false);
        }

        await UploadReceiptRun.RunAsync(pipeline, receiptDelivery, UploadReceiptRun.IssueTime(pipeline, asOf, clock.GetUtcNow()), stdout, cancellationToken).ConfigureAwait(false);
        watch.Stop();
        var seconds = Math.Max(watch.Elapsed.TotalSeconds, 0.001);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"已上传 {uploads.Count} 个文件（新提交 {queued} 个，重复上传 {uploads.Count - queued} 个），分析完成 {outcomes.Count(o => o.State == SubmissionState.Analyzed && !o.Repeated)} 个提交，用时 {seconds:F1} 秒（{uploads.Count / seconds:F1} 个文件/秒）。")).ConfigureAwait(false);
        var poisoned = await pipeline.Get<PoisonRecorder>().ListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var record in poisoned)
        {
            await stdout.WriteLineAsync($"分析失败（已转入毒消息队列并记录）：提交 {record.SubmissionId ?? "未知"}：{record.Reason}").ConfigureAwait(false);
        }

        await stdout.WriteLineAsync().ConfigureAwait(false);
        StatusView.WriteTable(stdout, pipeline.Deadline.StandingAt(asOf ?? clock.GetUtcNow()), await pipeline.StatusesAsync(cancellationToken).ConfigureAwait(false));
        await stdout.WriteLineAsync().ConfigureAwait(false);
        await stdout.WriteLineAsync(pipeline.AzuriteLocation is { } location
            ? $"结果保存在本地存储（{location}）：归档材料在 materials 容器，状态在 Pilot1XStatus 表；用 pilot1x status 或 pilot1x status --json 再次查看。"
            : "结果已写入所给的存储账户；用 pilot1x status 再次查看。").ConfigureAwait(false);
        return 0;
    }

    /// <summary>Submissions as received: each file under <c>收件箱/</c>, a folder keeping its own name and inner layout.</summary>
    private static IEnumerable<(string, string, string)> FromPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
                foreach (var file in Files(root))
                {
                    yield return (Inbox, Path.GetFileName(root) + "/" + Path.GetRelativePath(root, file).Replace('\\', '/'), file);
                }
            }
            else
            {
                yield return (Inbox, Path.GetFileName(path), path);
            }
        }
    }

    /// <summary>A folder sorted like the uploads container: <c>{单位}/{文件}</c>; loose files go to <c>收件箱/</c>.</summary>
    private static IEnumerable<(string, string, string)> FromUploadsFolder(string directory)
    {
        var root = Path.GetFullPath(directory);
        foreach (var file in Files(root))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var slash = relative.IndexOf('/', StringComparison.Ordinal);
            yield return slash > 0 ? (relative[..slash], relative[(slash + 1)..], file) : (Inbox, relative, file);
        }
    }

    private static IEnumerable<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Order(StringComparer.Ordinal);
}
