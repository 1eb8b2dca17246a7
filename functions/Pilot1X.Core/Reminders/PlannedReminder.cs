using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Reminders;

/// <summary>A reminder to send: to whom, for which step, the Chinese text, and the key that makes it go out once.</summary>
/// <param name="Institution">The incomplete institution.</param>
/// <param name="Step">The step it belongs to.</param>
/// <param name="To">Its contact addresses.</param>
/// <param name="Subject">Chinese subject line.</param>
/// <param name="Body">Chinese plain-text body listing exactly what is missing or invalid.</param>
public sealed record PlannedReminder(Institution Institution, ReminderStep Step, IReadOnlyList<string> To, string Subject, string Body)
{
    /// <summary>(institution, step): at most one reminder per institution and step, across retries and instances.</summary>
    public string IdempotencyKey => Institution.Name + "|" + Step.Key;
}
