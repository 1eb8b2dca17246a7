using System.Globalization;
using System.Text;
using Pilot1X.Core.Reporting.Office;
using static Pilot1X.Core.Reporting.Dashboard.DashboardHtml;

namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>
/// Submissions over time against the deadline, drawn on the server as inline SVG (the page loads nothing from
/// elsewhere): per-day bars of submissions, a line of institutions that have sent something, a vertical deadline line.
/// </summary>
internal static class DashboardChart
{
    private const double Width = 760, Height = 300, Left = 44, Right = 16, Top = 24, Bottom = 56;
    private const double PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;

    public static void Append(StringBuilder html, DashboardData data)
    {
        var timeline = DashboardTimeline.From(data);
        var yMax = Math.Max(1, Math.Max(timeline.Submissions.Max(), timeline.Cumulative.Max()));
        var slot = PlotWidth / timeline.Days.Count;
        var description = Invariant($"共 {data.Submissions.Count} 次报送，{timeline.Cumulative[^1]} 个名单内单位已报送材料；截止时间 ") + OfficeLabels.Cst(data.Summary.Deadline) + "（北京时间）。";
        html.Append("<section class=\"chart\" aria-labelledby=\"chart-heading\">\n<h2 id=\"chart-heading\">报送进度</h2>\n<figure>\n")
            .Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" data-testid=\"chart\">\n"))
            .Append("<title id=\"chart-title\">报送次数与已报送单位累计数（按北京时间日期）</title>\n<desc id=\"chart-desc\">").Append(E(description)).Append("</desc>\n");
        AppendAxes(html, timeline, yMax, slot);
        for (var i = 0; i < timeline.Days.Count; i++)
        {
            var count = timeline.Submissions[i];
            var height = count * PlotHeight / yMax;
            var date = timeline.Days[i].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            html.Append(Invariant($"<rect data-testid=\"chart-bar\" data-date=\"{date}\" data-count=\"{count}\" x=\"{F(Left + (i * slot) + (slot * 0.15))}\" y=\"{F(Top + PlotHeight - height)}\" width=\"{F(slot * 0.7)}\" height=\"{F(height)}\" fill=\"#4a78b5\">"))
                .Append(Invariant($"<title>{date}：报送 {count} 次，累计 {timeline.Cumulative[i]} 个单位</title></rect>\n"));
        }

        var points = string.Join(' ', timeline.Cumulative.Select((c, i) => F(Left + (i * slot) + (slot / 2)) + "," + F(Top + PlotHeight - (c * PlotHeight / yMax))));
        html.Append("<polyline data-testid=\"chart-cumulative\" fill=\"none\" stroke=\"#2e7d32\" stroke-width=\"2\" points=\"").Append(points).Append("\"/>\n");
        var deadlineX = Left + ((timeline.DeadlineDay.DayNumber - timeline.Days[0].DayNumber + timeline.DeadlineFraction) * slot);
        if (deadlineX >= Left && deadlineX <= Left + PlotWidth)
        {
            html.Append(Invariant($"<line data-testid=\"deadline-line\" x1=\"{F(deadlineX)}\" y1=\"{F(Top - 8)}\" x2=\"{F(deadlineX)}\" y2=\"{F(Top + PlotHeight)}\" stroke=\"#c62828\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>\n"))
                .Append(Invariant($"<text x=\"{F(deadlineX - 4)}\" y=\"{F(Top - 10)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#c62828\">截止 ")).Append(E(OfficeLabels.Cst(data.Summary.Deadline))).Append("</text>\n");
        }

        if (data.Submissions.Count == 0)
        {
            html.Append(Invariant($"<text x=\"{F(Left + (PlotWidth / 2))}\" y=\"{F(Top + (PlotHeight / 2))}\" text-anchor=\"middle\" font-size=\"14\" fill=\"#666\">尚无任何报送</text>\n"));
        }

        html.Append("</svg>\n<figcaption>柱：每天收到的报送次数；绿线：已报送材料的名单内单位累计数；红色虚线：截止时间。日期按北京时间。")
            .Append(E(description)).Append("</figcaption>\n</figure>\n</section>\n");
    }

    private static void AppendAxes(StringBuilder html, DashboardTimeline timeline, int yMax, double slot)
    {
        var bottom = Top + PlotHeight;
        html.Append(Invariant($"<line x1=\"{F(Left)}\" y1=\"{F(bottom)}\" x2=\"{F(Left + PlotWidth)}\" y2=\"{F(bottom)}\" stroke=\"#333\"/>\n"))
            .Append(Invariant($"<line x1=\"{F(Left)}\" y1=\"{F(Top)}\" x2=\"{F(Left)}\" y2=\"{F(bottom)}\" stroke=\"#333\"/>\n"));
        foreach (var tick in new[] { 0, (yMax + 1) / 2, yMax }.Distinct())
        {
            var y = bottom - (tick * PlotHeight / yMax);
            html.Append(Invariant($"<line x1=\"{F(Left - 4)}\" y1=\"{F(y)}\" x2=\"{F(Left + PlotWidth)}\" y2=\"{F(y)}\" stroke=\"#ddd\"/>"))
                .Append(Invariant($"<text x=\"{F(Left - 8)}\" y=\"{F(y + 4)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#333\">{tick}</text>\n"));
        }

        var step = (int)Math.Ceiling(timeline.Days.Count / 12.0);
        for (var i = 0; i < timeline.Days.Count; i += step)
        {
            var label = timeline.Days[i].ToString("MM-dd", CultureInfo.InvariantCulture);
            html.Append(Invariant($"<text data-testid=\"chart-date\" x=\"{F(Left + (i * slot) + (slot / 2))}\" y=\"{F(bottom + 18)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333\">{label}</text>\n"));
        }

        html.Append(Invariant($"<text x=\"{F(Left + (PlotWidth / 2))}\" y=\"{F(Height - 8)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333\">日期（北京时间）</text>\n"));
    }

    private static string F(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
