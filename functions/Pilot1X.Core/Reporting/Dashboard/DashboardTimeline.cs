using Pilot1X.Core.Checking;

namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>
/// The chart's numbers, by China Standard Time calendar day: submissions received that day and how many roster
/// institutions had sent something by the end of it. The range runs from the first submission (or a week before the
/// deadline) to the deadline or the last submission, whichever is later, at most <see cref="MaxDays"/> days.
/// </summary>
internal sealed record DashboardTimeline(IReadOnlyList<DateOnly> Days, IReadOnlyList<int> Submissions, IReadOnlyList<int> Cumulative, DateOnly DeadlineDay, double DeadlineFraction)
{
    public const int MaxDays = 92;

    public static DashboardTimeline From(DashboardData data)
    {
        var deadline = data.Summary.Deadline.ToOffset(CheckOptions.ChinaStandardTime);
        var deadlineDay = DateOnly.FromDateTime(deadline.DateTime);
        var received = data.Submissions.Select(s => (Day: Day(s.ReceivedAt), s.Institutions)).OrderBy(s => s.Day).ToList();
        var first = received.Count == 0 ? deadlineDay.AddDays(-6) : Min(received[0].Day, deadlineDay.AddDays(-6));
        var last = received.Count == 0 ? deadlineDay : Max(received[^1].Day, deadlineDay);
        if (last.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            first = last.AddDays(1 - MaxDays);
        }

        var roster = data.Summary.Rows.Select(r => r.Institution.Name).ToHashSet(StringComparer.Ordinal);
        var days = new List<DateOnly>();
        var counts = new List<int>();
        var cumulative = new List<int>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            days.Add(day);
            counts.Add(received.Count(s => s.Day == day));
            cumulative.Add(received.Where(s => s.Day <= day).SelectMany(s => s.Institutions).Where(roster.Contains).Distinct(StringComparer.Ordinal).Count());
        }

        return new DashboardTimeline(days, counts, cumulative, deadlineDay, deadline.TimeOfDay.TotalDays);
    }

    private static DateOnly Day(DateTimeOffset time) => DateOnly.FromDateTime(time.ToOffset(CheckOptions.ChinaStandardTime).DateTime);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
