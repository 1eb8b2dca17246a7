using Microsoft.Extensions.Options;
using Pilot1X.Core.Checking;

namespace Pilot1X.Pipeline.Options;

/// <summary>
/// "Now" and the deadline together: the office's deadline from <see cref="OfficeOptions"/> and the clock, so the Functions
/// app and <c>pilot1x</c> (with <c>--as-of</c> and <c>--deadline</c> already folded into what they pass) agree on both.
/// </summary>
public sealed class DeadlineClock(IOptions<OfficeOptions> office, TimeProvider clock)
{
    public DateTimeOffset Deadline => office.Value.Deadline;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Where now stands.</summary>
    public DeadlineStanding Standing() => StandingAt(Now);

    /// <summary>Where a given moment stands (an arrival time, or <c>--as-of</c>).</summary>
    public DeadlineStanding StandingAt(DateTimeOffset asOf)
    {
        return new DeadlineStanding(asOf, Deadline, CheckOptions.DaysLeft(asOf, Deadline), asOf > Deadline);
    }
}
