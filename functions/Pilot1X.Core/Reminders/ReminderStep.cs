namespace Pilot1X.Core.Reminders;

/// <summary>One reminder step, relative to the deadline's day in China Standard Time.</summary>
/// <param name="Key">Stable name, part of the idempotency key: <c>T-7</c>, <c>T-3</c>, <c>T-1</c>, <c>T+1</c>.</param>
/// <param name="DaysFromDeadline">Negative before the deadline's day, positive after it (the overdue notice).</param>
public sealed record ReminderStep(string Key, int DaysFromDeadline)
{
    public bool Overdue => DaysFromDeadline > 0;

    /// <summary>T-7, T-3, T-1 and the overdue notice the day after the deadline.</summary>
    public static IReadOnlyList<ReminderStep> Defaults { get; } = [new("T-7", -7), new("T-3", -3), new("T-1", -1), new("T+1", 1)];
}
