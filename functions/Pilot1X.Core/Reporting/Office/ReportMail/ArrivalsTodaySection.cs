using System.Globalization;
using System.Text;
using Pilot1X.Core.Checking;

namespace Pilot1X.Core.Reporting.Office.ReportMail;

/// <summary>今日来件: what arrived on the report's day (China Standard Time), each mail by subject and time, with whom it counted for.</summary>
public sealed class ArrivalsTodaySection : IOfficeReportSection
{
    public void AppendText(StringBuilder text, OfficeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(text);
        var today = Today(summary);
        text.Append(CultureInfo.InvariantCulture, $"\n今日来件（{Day(summary.AsOf)}）：{(today.Count == 0 ? "无。" : $"{today.Count} 件")}\n");
        foreach (var arrival in today)
        {
            text.Append("  · ").Append(Line(arrival)).Append('\n');
        }
    }

    public void AppendHtml(StringBuilder html, OfficeSummary summary, Func<string, string> encode)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(encode);
        var today = Today(summary);
        html.Append("<h2>今日来件（").Append(encode(Day(summary.AsOf))).Append("）</h2>\n");
        if (today.Count == 0)
        {
            html.Append("<p>无。</p>\n");
            return;
        }

        html.Append("<ul>\n");
        foreach (var arrival in today)
        {
            html.Append("<li>").Append(encode(Line(arrival))).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    /// <summary>The arrivals on the report's CST day, up to the report's moment, oldest first.</summary>
    public static IReadOnlyList<OfficeArrival> Today(OfficeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var day = Day(summary.AsOf);
        return [.. summary.Arrivals.Where(a => a.ReceivedAt <= summary.AsOf && Day(a.ReceivedAt) == day).OrderBy(a => a.ReceivedAt)];
    }

    private static string Line(OfficeArrival arrival) =>
        arrival.Describe() + "：" + (arrival.Institutions.Count == 0 ? "未计入任何单位" : string.Join("、", arrival.Institutions));

    private static string Day(DateTimeOffset time) =>
        time.ToOffset(CheckOptions.ChinaStandardTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
