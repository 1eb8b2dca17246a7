namespace Pilot1X.Pipeline.Options;

/// <summary>Where a moment stands against the deadline, in China Standard Time days as the office counts them.</summary>
/// <param name="AsOf">The moment looked at.</param>
/// <param name="Deadline">When materials are due.</param>
/// <param name="DaysLeft">Calendar days (CST) from that moment's day to the deadline's day; negative once that day is past.</param>
/// <param name="Late">Whether the moment is after the deadline.</param>
public sealed record DeadlineStanding(DateTimeOffset AsOf, DateTimeOffset Deadline, int DaysLeft, bool Late);
