using Pilot1X.Core.Checking;
using Pilot1X.Core.Reminders;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Storage.Reminders;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x remind [--dry-run] [--as-of T] [--deadline T] [--outbox DIR] [--from ADDRESS] [--storage …] [--roster FILE]</c>:
/// the reminders due now for the institutions the stored status shows incomplete. This branch has no SMTP outbox, so the
/// mails are written as .eml files to a pickup folder (default <c>out/outbox</c>); each (institution, step) goes out once.
/// </summary>
public sealed class RemindCommand(TimeProvider clock)
{
    public const string DefaultOutbox = "out/outbox";
    public const string DefaultFrom = "pilot1x@localhost";

    private static readonly HashSet<string> ValueOptions = ["--as-of", "--deadline", "--outbox", "--from", "--storage", "--roster"];
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
        var from = parsed.Value("--from") ?? Environment.GetEnvironmentVariable("Pilot1X__OfficeAddress") ?? DefaultFrom;
        if (!MimeKit.MailboxAddress.TryParse(from, out _) || !from.Contains('@', StringComparison.Ordinal))
        {
            throw new UsageException($"--from 的值“{from}”不是有效的邮箱地址，请写成 office@example.cn。");
        }

        CheckCommand.LoadRoster(parsed.Value("--roster"));
        var schedule = new ReminderSchedule(deadline);
        await using var pipeline = await LocalPipeline.OpenAsync(parsed.Value("--storage"), parsed.Value("--roster"), stderr, cancellationToken).ConfigureAwait(false);
        var dispatcher = new ReminderDispatcher(pipeline.Get<Storage.Pipeline.InstitutionStatusStore>(), pipeline.Roster,
            new SentReminderStore(pipeline.Get<Azure.Data.Tables.TableServiceClient>(), pipeline.Get<Microsoft.Extensions.Options.IOptions<Storage.Options.PipelineStorageOptions>>()));
        var dryRun = parsed.Flag("--dry-run");
        var outbox = parsed.Value("--outbox") ?? DefaultOutbox;
        var outcomes = await dispatcher.RunAsync(schedule, asOf, from, dryRun ? null : new FolderMailPickup(outbox), cancellationToken).ConfigureAwait(false);
        await WriteAsync(stdout, schedule, asOf, outcomes, dryRun, outbox).ConfigureAwait(false);
        return 0;
    }

    private static async Task WriteAsync(TextWriter stdout, ReminderSchedule schedule, DateTimeOffset asOf, IReadOnlyList<ReminderOutcome> outcomes, bool dryRun, string outbox)
    {
        if (schedule.DueAt(asOf) is not { } step)
        {
            await stdout.WriteLineAsync($"{OfficeLabels.Cst(asOf)} 还没有到第一次提醒的时间（{OfficeLabels.Cst(schedule.TimeOf(schedule.Steps[0]))}），未发送提醒。").ConfigureAwait(false);
            return;
        }

        var fresh = outcomes.Count(o => o.Sent);
        await stdout.WriteLineAsync(dryRun
            ? $"试运行（不发送、不记录）：{step.Key} 提醒将发给 {fresh} 个单位，{outcomes.Count - fresh} 个单位此前已提醒过。"
            : $"{step.Key} 提醒：已生成 {fresh} 封（写入 {outbox}，.eml 文件），{outcomes.Count - fresh} 个单位此前已提醒过、未重复发送。").ConfigureAwait(false);
        foreach (var outcome in outcomes)
        {
            var state = outcome.Sent ? (dryRun ? "将提醒" : "已提醒") : "已提醒过";
            await stdout.WriteLineAsync($"  {state}：{outcome.Reminder.Institution.Name}（{string.Join("；", outcome.Reminder.To)}）").ConfigureAwait(false);
        }
    }
}
