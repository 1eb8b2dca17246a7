using Microsoft.Extensions.Options;
using Pilot1X.Core.Reminders;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Mail.Reminders;

/// <summary>
/// A reminder round as <c>pilot1x remind</c> and the daily timer both run it: the schedule of the deadline in force, the
/// moment (now unless given), the office's sender, and — when the outbox sender paces deliveries — the configured spacing.
/// </summary>
public sealed class ReminderRounds(OutboxReminderDispatcher dispatcher, DeadlineClock deadline, IOptions<OfficeOptions> office, IOptions<ReminderOptions> reminders)
{
    /// <summary>The round for <paramref name="asOf"/> (null: now).</summary>
    /// <param name="asOf">The moment the round runs for; null for now.</param>
    /// <param name="spaced">Space new reminders by <see cref="ReminderOptions.SendInterval"/>; false when the caller drains the outbox at once and paces delivery itself.</param>
    /// <param name="dryRun">Only report what would be sent.</param>
    public ReminderRound For(DateTimeOffset? asOf, bool spaced, bool dryRun = false) =>
        new(new ReminderSchedule(deadline.Deadline), asOf ?? deadline.Now, office.Value.Sender, spaced ? reminders.Value.SendInterval : TimeSpan.Zero, dryRun);

    /// <summary>Runs the round: plans from the stored status, queues each due reminder once, and names who could not be reminded.</summary>
    public Task<ReminderRoundResult> RunAsync(ReminderRound round, CancellationToken cancellationToken) => dispatcher.RunRoundAsync(round, cancellationToken);
}
