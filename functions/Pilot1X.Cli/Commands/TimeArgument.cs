using Pilot1X.Pipeline.Options;

namespace Pilot1X.Cli.Commands;

/// <summary>Reads a date-time option the way settings are read (<see cref="ChinaTime"/>); a bad value is a usage error naming the option.</summary>
public static class TimeArgument
{
    /// <param name="endOfDay">For a bare date: true means 23:59:59 of that day (a deadline), false 00:00.</param>
    public static DateTimeOffset Parse(string option, string value, bool endOfDay) =>
        ChinaTime.TryParse(value, endOfDay, out var time)
            ? time
            : throw new UsageException($"{option} 的值“{value}”不是有效的时间，请写成 2020-12-28T23:59:59+08:00 或 2020-12-28。");
}
