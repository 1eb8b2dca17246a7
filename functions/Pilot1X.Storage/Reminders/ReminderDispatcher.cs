using Pilot1X.Core.Reminders;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;
using Pilot1X.Storage.Pipeline;
using Pilot1X.Storage.Reporting;

namespace Pilot1X.Storage.Reminders;

/// <summary>
/// Runs one round of reminders from the stored status: plans, claims each reminder in <see cref="SentReminderStore"/>
/// and drops only the claimed ones in the pickup. Claim first, then drop: a crash in between loses that one reminder
/// rather than ever sending it twice (at most once, as the office asked).
/// </summary>
public sealed class ReminderDispatcher(InstitutionStatusStore statuses, InstitutionRoster roster, SentReminderStore sent)
{
    public async Task<IReadOnlyList<ReminderOutcome>> RunAsync(ReminderSchedule schedule, DateTimeOffset asOf, string from, IMailPickup? pickup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var stored = (await statuses.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Name, StringComparer.Ordinal);
        var summary = StoredOfficeSummary.From([.. roster.Institutions.Select(i => (i, stored.GetValueOrDefault(i.Name)))], asOf, schedule.Deadline);
        return await SendAsync(new ReminderPlanner(schedule).Plan(summary.Rows, asOf), asOf, from, pickup, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Claims and drops each reminder; with no pickup (dry run) only reports whether each was already sent.</summary>
    public async Task<IReadOnlyList<ReminderOutcome>> SendAsync(IReadOnlyList<PlannedReminder> planned, DateTimeOffset asOf, string from, IMailPickup? pickup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(planned);
        var outcomes = new List<ReminderOutcome>();
        foreach (var reminder in planned)
        {
            if (pickup is null)
            {
                outcomes.Add(new ReminderOutcome(reminder, !await sent.WasSentAsync(reminder, cancellationToken).ConfigureAwait(false), null));
                continue;
            }

            if (!await sent.TryClaimAsync(reminder, asOf, cancellationToken).ConfigureAwait(false))
            {
                outcomes.Add(new ReminderOutcome(reminder, false, null));
                continue;
            }

            var location = await pickup.DropAsync(ReminderMail.FileName(reminder), ReminderMail.Create(reminder, from, asOf), cancellationToken).ConfigureAwait(false);
            outcomes.Add(new ReminderOutcome(reminder, true, location));
        }

        return outcomes;
    }
}
