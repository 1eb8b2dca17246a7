using Pilot1X.Core.Checking;

namespace Pilot1X.Core.Reminders;

/// <summary>
/// When each step falls: 09:00 China Standard Time on the deadline's CST day plus the step's days. At any moment the
/// step due is the latest one whose time has come, so a timer that starts late sends the current step only, never a
/// backlog of stale ones. A timer firing up to a minute early (scheduler jitter) still counts for that morning.
/// </summary>
public sealed class ReminderSchedule(DateTimeOffset deadline, IReadOnlyList<ReminderStep>? steps = null)
{
    public static readonly TimeSpan SendTime = TimeSpan.FromHours(9);
    private static readonly TimeSpan Jitter = TimeSpan.FromMinutes(1);

    public DateTimeOffset Deadline { get; } = deadline;

    public IReadOnlyList<ReminderStep> Steps { get; } = [.. (steps ?? ReminderStep.Defaults).OrderBy(s => s.DaysFromDeadline)];

    /// <summary>09:00 CST on the step's day.</summary>
    public DateTimeOffset TimeOf(ReminderStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var day = Deadline.ToOffset(CheckOptions.ChinaStandardTime).Date.AddDays(step.DaysFromDeadline);
        return new DateTimeOffset(day + SendTime, CheckOptions.ChinaStandardTime);
    }

    /// <summary>The step due at <paramref name="asOf"/>, or null before the first one.</summary>
    public ReminderStep? DueAt(DateTimeOffset asOf) => Steps.LastOrDefault(s => asOf >= TimeOf(s) - Jitter);
}
