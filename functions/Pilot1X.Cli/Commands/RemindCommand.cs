using Microsoft.Extensions.Options;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Reminders;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Receipts;
using Pilot1X.Mail.Reminders;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x remind [--dry-run] [--as-of T] [--deadline T] [--smtp DIR|smtp(s)://…] [--from ADDRESS] [--storage …] [--roster FILE]</c>:
/// the reminders due now for the institutions the stored status shows incomplete, through the same outbox as the
/// Functions app, then drained like <c>pilot1x run</c>: to a pickup folder (default <c>out/outbox</c>) or an SMTP server
/// (one mail every <c>Reminders__SendInterval</c>). Each (institution, step) goes out once.
/// </summary>
public sealed class RemindCommand(TimeProvider clock)
{
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

        var defaults = CheckOptions.CreateDefault(clock);
        var asOf = parsed.Value("--as-of") is { } a ? TimeArgument.Parse("--as-of", a, endOfDay: false) : defaults.AsOf;
        var deadline = parsed.Value("--deadline") is { } d ? TimeArgument.Parse("--deadline", d, endOfDay: true) : defaults.Deadline;
        var explicitFrom = parsed.Value("--from");
        if (explicitFrom is { } from && (!MimeKit.MailboxAddress.TryParse(from, out _) || !from.Contains('@', StringComparison.Ordinal)))
        {
            throw new UsageException($"--from 的值“{from}”不是有效的邮箱地址，请写成 office@example.cn。");
        }

        CheckCommand.LoadRoster(parsed.Value("--roster"));
        var schedule = new ReminderSchedule(deadline);
        await using var pipeline = await LocalPipeline.OpenAsync(parsed.Value("--storage"), parsed.Value("--roster"), stderr, cancellationToken).ConfigureAwait(false);
        var delivery = OutboxArgument.Parse(parsed.Value("--smtp"), pipeline.Get<IOptions<ReminderOptions>>().Value.SendInterval, clock);
        var dryRun = parsed.Flag("--dry-run");
        // Spacing 0: the local drain below must see every mail now; over SMTP it paces the deliveries itself.
        // Without --from: the sender the Functions app would use (Smtp__From, else Pilot1X__OfficeAddress, from the environment).
        var round = new ReminderRound(schedule, asOf, explicitFrom ?? pipeline.Get<IOptions<ReceiptOptions>>().Value.Sender, TimeSpan.Zero, dryRun);
        var results = await pipeline.Get<OutboxReminderDispatcher>().RunAsync(round, cancellationToken).ConfigureAwait(false);
        var delivered = dryRun ? [] : await pipeline.Get<OutboxDrainer>().DrainAsync(delivery, cancellationToken).ConfigureAwait(false);
        await WriteAsync(stdout, schedule, asOf, results, delivered, dryRun, OutboxArgument.Describe(delivery)).ConfigureAwait(false);
        return 0;
    }

    private static async Task WriteAsync(TextWriter stdout, ReminderSchedule schedule, DateTimeOffset asOf, IReadOnlyList<ReminderResult> results,
        IReadOnlyList<OutboxState> delivered, bool dryRun, string where)
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
