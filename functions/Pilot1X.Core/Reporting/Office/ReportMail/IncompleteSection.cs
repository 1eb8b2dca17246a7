using System.Globalization;
using System.Text;

namespace Pilot1X.Core.Reporting.Office.ReportMail;

/// <summary>未齐全名单: each institution that sent something but is not 齐全, with its one-line gap (<see cref="FollowUpGap"/>).</summary>
public sealed class IncompleteSection : IOfficeReportSection
{
    public void AppendText(StringBuilder text, OfficeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(summary);
        var rows = summary.Incomplete.ToList();
        text.Append(CultureInfo.InvariantCulture, $"\n{OfficeLabels.Incomplete}名单（{rows.Count} 个）：\n");
        if (rows.Count == 0)
        {
            text.Append("  无。\n");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {i + 1}. {rows[i].Institution.Name}：{FollowUpGap.Of(rows[i])}\n");
        }
    }

    public void AppendHtml(StringBuilder html, OfficeSummary summary, Func<string, string> encode)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(encode);
        var rows = summary.Incomplete.ToList();
        html.Append("<h2>").Append(OfficeLabels.Incomplete).Append(CultureInfo.InvariantCulture, $"名单（{rows.Count} 个）</h2>\n");
        if (rows.Count == 0)
        {
            html.Append("<p>无。</p>\n");
            return;
        }

        html.Append("<ol>\n");
        foreach (var row in rows)
        {
            html.Append("<li><b>").Append(encode(row.Institution.Name)).Append("</b>：").Append(encode(FollowUpGap.Of(row))).Append("</li>\n");
        }

        html.Append("</ol>\n");
    }
}
