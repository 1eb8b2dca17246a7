using Pilot1X.Core.Reminders;

namespace Pilot1X.Storage.Reminders;

/// <summary>What happened to one planned reminder: dropped for sending (with where; in a dry run: would be), or skipped because it was already sent.</summary>
public sealed record ReminderOutcome(PlannedReminder Reminder, bool Sent, string? Location);
