using System.Text;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;
using static Pilot1X.Core.Reporting.Dashboard.DashboardHtml;

namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>The headline: the four figures the office asks first, the same figures by 办学层次, and the two times.</summary>
internal static class DashboardHeadline
{
    private static readonly SchoolLevel[] Levels = [SchoolLevel.Secondary, SchoolLevel.Higher, SchoolLevel.Undergraduate, SchoolLevel.Unknown];

    public static void Append(StringBuilder html, OfficeSummary summary)
    {
        html.Append("<section class=\"headline\" aria-labelledby=\"headline-title\">\n<h2 id=\"headline-title\">总体情况</h2>\n")
            .Append("<p class=\"times\">统计时间：<time data-testid=\"as-of\">").Append(E(OfficeLabels.Cst(summary.AsOf)))
            .Append("</time>（北京时间）；截止时间：<time data-testid=\"deadline\">").Append(E(OfficeLabels.Cst(summary.Deadline)))
            .Append("</time>（北京时间）").Append(summary.AsOf > summary.Deadline ? "，已过截止时间" : string.Empty).Append("。</p>\n<ul class=\"figures\">\n");
        Figure(html, "total", "名单内单位", summary.Rows.Count, "fig-total");
        Figure(html, "complete", "齐全", summary.Count(OfficeStatus.Complete), "status-complete");
        Figure(html, "incomplete", "未齐全", summary.Count(OfficeStatus.Incomplete), "status-incomplete");
        Figure(html, "none", "未交", summary.Count(OfficeStatus.NothingReceived), "status-none");
        html.Append("</ul>\n<table class=\"levels\" data-testid=\"levels\">\n<caption>按办学层次</caption>\n")
            .Append("<thead><tr><th scope=\"col\">办学层次</th><th scope=\"col\">单位数</th><th scope=\"col\">齐全</th><th scope=\"col\">未齐全</th><th scope=\"col\">未交</th></tr></thead>\n<tbody>\n");
        foreach (var level in Levels.Where(l => l != SchoolLevel.Unknown || summary.Rows.Any(r => r.Institution.Level == l)))
        {
            html.Append("<tr data-level=\"").Append(Code(level)).Append("\"><th scope=\"row\">").Append(E(ContractNames.Label(level))).Append("</th>")
                .Append(Invariant($"<td>{summary.Rows.Count(r => r.Institution.Level == level)}</td>"))
                .Append(Invariant($"<td>{summary.Count(OfficeStatus.Complete, level)}</td><td>{summary.Count(OfficeStatus.Incomplete, level)}</td>"))
                .Append(Invariant($"<td>{summary.Count(OfficeStatus.NothingReceived, level)}</td></tr>\n"));
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Figure(StringBuilder html, string id, string label, int value, string css) =>
        html.Append("<li class=\"figure ").Append(css).Append("\"><span class=\"figure-label\">").Append(E(label))
            .Append("</span><span class=\"figure-value\" data-testid=\"count-").Append(id).Append("\">").Append(Number(value)).Append("</span></li>\n");
}
