using System.Text;
using Pilot1X.Core.Reporting.Office;
using static Pilot1X.Core.Reporting.Dashboard.DashboardHtml;

namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>
/// 今日需跟进: every 未交 and 未齐全 institution with whom to call (联系人, 电话, 联系邮箱), when it last sent something and
/// was last answered, and one line of what it still lacks — the same list as the workbook's second sheet.
/// </summary>
internal static class DashboardFollowUp
{
    public static void Append(StringBuilder html, OfficeSummary summary)
    {
        var items = FollowUpItem.ListOf(summary);
        html.Append("<section class=\"follow-up\" aria-labelledby=\"follow-up-title\" data-testid=\"follow-up\">\n<h2 id=\"follow-up-title\">今日需跟进（")
            .Append(Number(items.Count)).Append(" 个单位）</h2>\n");
        if (items.Count == 0)
        {
            html.Append("<p>所有单位材料均已").Append(E(OfficeLabels.Complete)).Append("，无需跟进。</p>\n</section>\n");
            return;
        }

        html.Append("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">单位名称</th><th scope=\"col\">状态</th><th scope=\"col\">联系人</th>")
            .Append("<th scope=\"col\">电话</th><th scope=\"col\">联系邮箱</th><th scope=\"col\">最近来件</th><th scope=\"col\">最近回执</th>")
            .Append("<th scope=\"col\">还缺什么</th></tr></thead>\n<tbody>\n");
        foreach (var item in items)
        {
            var row = item.Row;
            html.Append("<tr data-testid=\"follow-up-row\" data-status=\"").Append(Code(row.Status)).Append("\"><th scope=\"row\">")
                .Append(E(row.Institution.Name)).Append("</th><td>").Append(E(OfficeLabels.Of(row.Status))).Append("</td><td>")
                .Append(E(row.Institution.ContactPerson ?? "—")).Append("</td><td>").Append(E(row.Institution.Phone ?? "—")).Append("</td><td>")
                .Append(E(item.Contacts)).Append("</td><td>").Append(E(Cst(row.LastReceived))).Append("</td><td>")
                .Append(E(Cst(row.LastReceipt))).Append("</td><td>").Append(E(item.Gap)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n</section>\n");
    }
}
