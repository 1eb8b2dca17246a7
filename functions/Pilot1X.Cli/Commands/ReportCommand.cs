using System.Globalization;
using Microsoft.Extensions.Configuration;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Mail.Reports;
using Pilot1X.Pipeline.Reporting;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x report [PATH...] [--roster FILE] [--as-of T] [--deadline T] [--xlsx FILE] [--html FILE] [--storage CONNECTION_STRING]
/// [--send [--smtp DIR|smtp(s)://…] [--to ADDRESS]]</c>: the office's 汇总表 and HTML summary. With PATHs from a check of
/// those files (seals and sections included); without, from the status the pipeline stored in Table storage, the same
/// truth <c>pilot1x status</c> prints. <c>--send</c> also mails it, on demand, through the outbox.
/// </summary>
public sealed class ReportCommand(TimeProvider clock, IConfiguration environment)
{
    /// <summary>This command's usage (Chinese), printed by <c>pilot1x report --help</c> and in <c>pilot1x --help</c>.</summary>
    public const string Usage = """
        pilot1x report [路径...] [--roster 名单文件] [--as-of 时间] [--deadline 时间] [--xlsx 文件] [--html 文件] [--storage 连接字符串]
                       [--send [--smtp 文件夹|smtps://账号:授权码@主机:465] [--to 收件地址]]
            生成职成教处的汇总表（.xlsx：汇总、问题清单、未交名单）和汇总邮件（HTML）；给路径时检查这些文件，
            不给路径时按表存储中的状态（与 pilot1x status 相同）。默认写入 out/report/。
            --send 另把汇总邮件（HTML 正文 + 纯文本 + 汇总表附件）按需发送一次：先放入发件箱再发出，默认写成 .eml 放入
            out/outbox，--smtp 改为经 SMTP 发出；收件人默认职成教处邮箱，--to 改发给指定地址（多个用逗号分隔）。
            每次 --send 都是一封新邮件（按需发送）；每日定时汇总由函数应用发送，同一天只发一次。
        """;

    public const string DefaultXlsx = "out/report/汇总表.xlsx";
    public const string DefaultHtml = "out/report/汇总.html";

    private static readonly HashSet<string> ValueOptions = ["--roster", "--as-of", "--deadline", "--xlsx", "--html", "--storage", "--smtp", "--to"];

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var parsed = ParsedArguments.Parse(args, ValueOptions, new HashSet<string> { "--send" });
        var send = parsed.Flag("--send");
        if (!send && (parsed.Value("--smtp") ?? parsed.Value("--to")) is not null)
        {
            throw new UsageException("--smtp 和 --to 只用于发送汇总邮件，请同时加上 --send。");
        }

        var to = ReportOptions.Split(parsed.Value("--to"));
        if (parsed.Value("--to") is { } given && (to.Count == 0 || !ReportOptions.AreValid(to)))
        {
            throw new UsageException($"--to 的值“{given}”不是有效的邮箱地址，请写成 office@example.cn，多个地址用逗号分隔。");
        }

        var missing = parsed.Positionals.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
        if (missing is not null)
        {
            throw new UsageException($"找不到文件或文件夹：{missing}");
        }

        if (parsed.Positionals.Count > 0 && parsed.Value("--storage") is not null && !send)
        {
            throw new UsageException("给了要检查的路径时不读取表存储：请去掉 --storage，或去掉路径以按表存储中的状态出汇总表。");
        }

        var settings = CommandSettings.Read(environment, parsed);
        var defaults = CheckOptions.CreateDefault(clock);
        var options = defaults with
        {
            AsOf = parsed.Value("--as-of") is { } asOf ? TimeArgument.Parse("--as-of", asOf, endOfDay: false) : defaults.AsOf,
            Deadline = settings.Office.Deadline,
        };
        var roster = CheckCommand.LoadRoster(parsed.Value("--roster"));
        // The outbox lives in storage too: --send opens it even when the summary comes from a check of files.
        await using var pipeline = send || parsed.Positionals.Count == 0
            ? await LocalPipeline.OpenAsync(parsed.Value("--storage"), settings, stderr, clock, cancellationToken).ConfigureAwait(false)
            : null;
        if (send && pipeline!.Get<OfficeReportMail>().RefusalFor(to) is { } refusal)
        {
            throw new UsageException("--to：" + refusal);
        }

        var summary = parsed.Positionals.Count > 0
            ? OfficeSummary.FromCheck(new CheckEngine(roster, options).Run(CheckInput.FromPaths(parsed.Positionals), cancellationToken))
            : await pipeline!.Get<OfficeSnapshotReader>().ReadSummaryAsync(options.AsOf, options.Deadline, cancellationToken).ConfigureAwait(false);

        var xlsx = parsed.Value("--xlsx") ?? DefaultXlsx;
        var html = parsed.Value("--html") ?? DefaultHtml;
        OfficeReportFiles.Write(summary, xlsx, html);
        await stdout.WriteLineAsync(OfficeMailHtml.Subject(summary)).ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"汇总表：{xlsx}（文件中的问题 {summary.FileFindings.Count()} 条）")).ConfigureAwait(false);
        await stdout.WriteLineAsync($"汇总邮件（HTML）：{html}").ConfigureAwait(false);
        if (send)
        {
            await ReportMailSend.RunAsync(pipeline!, summary, to, parsed.Value("--smtp"), stdout, clock, cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }
}
