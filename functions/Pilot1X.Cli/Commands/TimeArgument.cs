using System.Globalization;
using Pilot1X.Core.Checking;

namespace Pilot1X.Cli.Commands;

/// <summary>Reads a date-time option. Without an offset it is China Standard Time, the time everyone here reads.</summary>
public static class TimeArgument
{
    private static readonly string[] DateOnlyFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"];

    /// <param name="endOfDay">For a bare date: true means 23:59:59 of that day (a deadline), false 00:00.</param>
    public static DateTimeOffset Parse(string option, string value, bool endOfDay)
    {
        if (DateTime.TryParseExact(value, DateOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var time = endOfDay ? date.Date.AddDays(1).AddSeconds(-1) : date.Date;
            return new DateTimeOffset(time, CheckOptions.ChinaStandardTime);
        }

        if (HasOffset(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            return withOffset;
        }

        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), CheckOptions.ChinaStandardTime);
        }

        throw new UsageException($"{option} 的值“{value}”不是有效的时间，请写成 2020-12-28T23:59:59+08:00 或 2020-12-28。");
    }

    private static bool HasOffset(string value) =>
        value.EndsWith('Z') || value.EndsWith('z') || (value.Length > 6 && value[^6] is '+' or '-' && value[^3] == ':');
}
