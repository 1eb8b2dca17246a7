using Pilot1X.Cli.Commands;

namespace Pilot1X.Cli.Tests.Commands;

public sealed class TimeArgumentTests
{
    [Fact]
    public void A_time_without_offset_is_china_standard_time()
    {
        var time = TimeArgument.Parse("--as-of", "2020-12-26T09:00:00", endOfDay: false);

        Assert.Equal(TimeSpan.FromHours(8), time.Offset);
        Assert.Equal(new DateTimeOffset(2020, 12, 26, 1, 0, 0, TimeSpan.Zero), time.ToUniversalTime());
    }

    [Fact]
    public void An_explicit_offset_is_kept()
    {
        var time = TimeArgument.Parse("--as-of", "2020-12-28T16:00:00Z", endOfDay: false);

        Assert.Equal(new DateTimeOffset(2020, 12, 29, 0, 0, 0, TimeSpan.FromHours(8)), time);
    }

    [Fact]
    public void A_bare_deadline_date_means_the_end_of_that_day_in_china()
    {
        var deadline = TimeArgument.Parse("--deadline", "2020-12-28", endOfDay: true);

        Assert.Equal(new DateTimeOffset(2020, 12, 28, 23, 59, 59, TimeSpan.FromHours(8)), deadline);
    }
}
