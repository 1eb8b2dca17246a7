using System.Globalization;
using Pilot1X.Core.Checking;

namespace Pilot1X.Pipeline.Options;

/// <summary>
/// A time as the office writes it, in a setting (<c>Pilot1X__Deadline</c>) or a flag (<c>--deadline</c>): with an offset
/// as given, without one in China Standard Time; a bare date is that day's start, or its last second for a deadline.
/// </summary>
public static class ChinaTime
{
    private static readonly string[] DateOnlyFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"];

    /// <param name="endOfDay">For a bare date: true means 23:59:59 of that day (a deadline), false 00:00.</param>
    public static bool TryParse(string? value, bool endOfDay, out DateTimeOffset time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        value = value.Trim();
        if (DateTime.TryParseExact(value, DateOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            time = new DateTimeOffset(endOfDay ? date.Date.AddDays(1).AddSeconds(-1) : date.Date, CheckOptions.ChinaStandardTime);
            return true;
        }

        if (HasOffset(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            return true;
        }

        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            time = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), CheckOptions.ChinaStandardTime);
            return true;
        }

        return false;
    }

    /// <summary>The form settings and flags accept back (ISO 8601 with offset).</summary>
    public static string Format(DateTimeOffset time) => Core.Reporting.CheckReportJson.Iso(time);

    private static bool HasOffset(string value) =>
        value.EndsWith('Z') || value.EndsWith('z') || (value.Length > 6 && value[^6] is '+' or '-' && value[^3] == ':');
}
