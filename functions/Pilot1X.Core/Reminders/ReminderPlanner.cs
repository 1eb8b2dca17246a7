using Pilot1X.Core.Reporting.Office;

namespace Pilot1X.Core.Reminders;

/// <summary>
/// Decides who gets which reminder now: only institutions that are not complete and have a contact address, for the
/// step due at that moment. Pure: whether a reminder was already sent is the caller's insert-if-absent record,
/// keyed by <see cref="PlannedReminder.IdempotencyKey"/>.
/// </summary>
public sealed class ReminderPlanner(ReminderSchedule schedule)
{
    public ReminderSchedule Schedule { get; } = schedule;

    public IReadOnlyList<PlannedReminder> Plan(IEnumerable<OfficeRow> rows, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (Schedule.DueAt(asOf) is not { } step)
        {
            return [];
        }

        return
        [
            .. rows
                .Where(r => r.Status != OfficeStatus.Complete && r.Institution.Contacts.Count > 0)
                .Select(r => new PlannedReminder(r.Institution, step, r.Institution.Contacts,
                    ReminderText.Subject(r, step, Schedule.Deadline), ReminderText.Body(r, step, Schedule.Deadline))),
        ];
    }
}
