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

    /// <summary>
    /// The institutions that need a reminder but cannot get one (not 齐全, no 联系邮箱 on the roster), in roster order, so
    /// nobody is skipped silently: <c>remind</c> and the daily report name them for a phone call.
    /// </summary>
    public static IReadOnlyList<UnreachableInstitution> Unreachable(IEnumerable<OfficeRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return [.. rows.Where(r => r.Status != OfficeStatus.Complete && r.Institution.Contacts.Count == 0)
            .Select(r => new UnreachableInstitution(r.Institution, UnreachableInstitution.NoContact))];
    }

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
