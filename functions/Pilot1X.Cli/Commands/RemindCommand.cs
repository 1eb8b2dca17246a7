using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Reminders;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Reporting.Office.ReportMail;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Reminders;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x remind [--dry-run] [--as-of T] [--deadline T] [--smtp DIR|smtp(s)://…] [--from ADDRESS] [--storage …] [--roster FILE]</c>:
/// the reminders due now for the institutions the stored status shows incomplete, through the same outbox as the
/// Functions app, then drained like <c>pilot1x run</c>: to a pickup folder (default <c>out/outbox</c>) or an SMTP server
/// (one mail every <c>Reminders__SendInterval</c>). Each (institution, step) goes out once.
/// </summary>
public sealed class RemindCommand(TimeProvider clock, IConfiguration environment)
{
    /// <summary>This command's usage (Chinese), printed by <c>pilot1x remind --help</c> and in <c>pilot1x --help</c>.</summary>
    public const string Usage = """
        pilot1x remind [--dry-run] [--as-of 时间] [--deadline 时间] [--smtp 文件夹|smtps://账号:授权码@主机:465] [--from 发件地址] [--storage 连接字符串] [--roster 名单文件]
            按表存储中的状态，给未齐全且有联系邮箱的单位发截止前提醒（T-7、T-3、T-1 和逾期次日，北京时间 09:00），
            并列出未交或未齐全、却无法提醒的单位及原因（如名单中没有联系邮箱），
            先放入发件箱再发出：默认写成 .eml 文件放入 out/outbox，--smtp 改为经 SMTP 逐封发出（间隔 Reminders__SendInterval，默认 5 秒）；
            同一单位同一轮只提醒一次，中途中断后重跑也不会重发或漏发。--dry-run 只列出，不发送也不记录。
        """;

    private static readonly HashSet<string> ValueOptions = ["--as-of", "--deadline", "--smtp", "--from", "--storage", "--roster"];
    private static readonly HashSet<string> FlagOptions = ["--dry-run"];

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var parsed = ParsedArguments.Parse(args, ValueOptions, FlagOptions);
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"remind 不接受路径参数：{parsed.Positionals[0]}");
        }

        var settings = CommandSettings.Read(environment, parsed);
        DateTimeOffset? asOf = parsed.Value("--as-of") is { } a ? TimeArgument.Parse("--as-of", a, endOfDay: false) : null;
        await using var pipeline = await LocalPipeline.OpenAsync(parsed.Value("--storage"), settings, stderr, clock, cancellationToken).ConfigureAwait(false);
        var delivery = OutboxArgument.Parse(parsed.Value("--smtp"), pipeline.Get<IOptions<ReminderOptions>>().Value.SendInterval, clock);
        var dryRun = parsed.Flag("--dry-run");
        // Not spaced: the local drain below must see every mail now; over SMTP it paces the deliveries itself.
        // Deadline and sender are the Functions app's settings, with --deadline and --from laid over them.
        var rounds = pipeline.Get<ReminderRounds>();
        var round = rounds.For(asOf, spaced: false, dryRun);
        var outcome = await rounds.RunAsync(round, cancellationToken).ConfigureAwait(false);
        var results = outcome.Results;
        var delivered = dryRun ? [] : await pipeline.Get<OutboxDrainer>().DrainAsync(delivery, cancellationToken).ConfigureAwait(false);
        await WriteAsync(stdout, round.Schedule, round.AsOf, results, delivered, dryRun, OutboxArgument.Describe(delivery), outcome.Unreachable.Count).ConfigureAwait(false);
        foreach (var item in outcome.Unreachable)
        {
            await stdout.WriteLineAsync("  未能提醒：" + UnreachableSection.Line(item)).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task WriteAsync(TextWriter stdout, ReminderSchedule schedule, DateTimeOffset asOf, IReadOnlyList<ReminderResult> results,
        IReadOnlyList<OutboxState> delivered, bool dryRun, string where, int unreachable)
    {
        if (schedule.DueAt(asOf) is not { } step)
        {
            await stdout.WriteLineAsync($"{OfficeLabels.Cst(asOf)} 还没有到第一次提醒的时间（{OfficeLabels.Cst(schedule.TimeOf(schedule.Steps[0]))}），未发送提醒。").ConfigureAwait(false);
            return;
        }

        var fresh = results.Count(r => r.Queued);
        await stdout.WriteLineAsync(dryRun
            ? $"试运行（不发送、不记录）：{step.Key} 提醒将发给 {fresh} 个单位，{results.Count - fresh} 个单位此前已提醒过。"
            : $"{step.Key} 提醒：已生成 {fresh} 封并放入发件箱，{results.Count - fresh} 个单位此前已提醒过、未重复发送。").ConfigureAwait(false);
        if (unreachable > 0)
        {
            await stdout.WriteLineAsync($"另有 {unreachable} 个未交或未齐全的单位无法提醒（原因见下，请电话联系）。").ConfigureAwait(false);
        }
        if (!dryRun)
        {
            var failed = delivered.Count(s => s is OutboxState.Deferred or OutboxState.DeadLettered);
            await stdout.WriteLineAsync($"发件箱：发出 {delivered.Count(s => s == OutboxState.Sent)} 封（{where}）" +
                (failed > 0 ? $"，{failed} 封未能发出（原因见 Outbox 表的 LastError，暂时性失败会自动重试）。" : "。")).ConfigureAwait(false);
        }

        foreach (var result in results)
        {
            var state = result.Queued ? (dryRun ? "将提醒" : "已提醒") : "已提醒过";
            await stdout.WriteLineAsync($"  {state}：{result.Reminder.Institution.Name}（{string.Join("；", result.Reminder.To)}）").ConfigureAwait(false);
        }
    }
}
