using MsOptions = Microsoft.Extensions.Options.Options;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Pipeline.Tests.Options;

/// <summary>Now against the deadline, counted in China Standard Time days as the office counts them.</summary>
public sealed class DeadlineClockTests
{
    private static readonly DateTimeOffset Deadline = new(2020, 12, 28, 23, 59, 59, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("2020-12-21T09:00:00+08:00", 7, false)]
    [InlineData("2020-12-28T00:30:00+08:00", 0, false)]
    [InlineData("2020-12-27T16:30:00+00:00", 0, false)] // 00:30 CST on the 28th, though still the 27th in UTC
    [InlineData("2020-12-29T00:00:00+08:00", -1, true)]
    public void Days_left_and_lateness_follow_the_cst_calendar(string asOf, int daysLeft, bool late)
    {
        var clock = new DeadlineClock(MsOptions.Create(new OfficeOptions { Deadline = Deadline }), TimeProvider.System);

        var standing = clock.StandingAt(DateTimeOffset.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(daysLeft, standing.DaysLeft);
        Assert.Equal(late, standing.Late);
        Assert.Equal(Deadline, standing.Deadline);
    }

    [Fact]
    public void Standing_now_reads_the_clock_and_the_configured_deadline()
    {
        var now = new DateTimeOffset(2020, 12, 25, 9, 0, 0, TimeSpan.FromHours(8));
        var clock = new DeadlineClock(MsOptions.Create(new OfficeOptions { Deadline = Deadline }), new FixedClock(now));

        var standing = clock.Standing();

        Assert.Equal(now, standing.AsOf);
        Assert.Equal(3, standing.DaysLeft);
        Assert.False(standing.Late);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
