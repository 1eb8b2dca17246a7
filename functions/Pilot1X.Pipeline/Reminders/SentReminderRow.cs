using Azure.Data.Tables;
using Pilot1X.Core.Reminders;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Reminders;

/// <summary>One row of the SentReminders table (PK institution, RK step), the only place its columns are named.</summary>
public sealed record SentReminderRow(string Institution, string Step, IReadOnlyList<string> To, string Subject, DateTimeOffset SentAt)
{
    public static SentReminderRow Of(PlannedReminder reminder, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return new(reminder.Institution.Name, reminder.Step.Key, reminder.To, reminder.Subject, at);
    }

    public static (string Partition, string Key) KeysOf(PlannedReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return (TableKey.Encode(reminder.Institution.Name), TableKey.Encode(reminder.Step.Key));
    }

    public TableEntity ToEntity() => new(TableKey.Encode(Institution), TableKey.Encode(Step))
    {
        ["Institution"] = Institution,
        ["Step"] = Step,
        ["To"] = string.Join(";", To),
        ["Subject"] = Subject,
        ["SentAt"] = SentAt,
    };

    public static SentReminderRow FromEntity(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.GetString("Institution") ?? string.Empty, row.GetString("Step") ?? string.Empty,
            (row.GetString("To") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries), row.GetString("Subject") ?? string.Empty,
            row.GetDateTimeOffset("SentAt") ?? DateTimeOffset.MinValue);
    }
}
