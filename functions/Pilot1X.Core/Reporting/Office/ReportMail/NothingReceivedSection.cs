using System.Globalization;
using System.Text;

namespace Pilot1X.Core.Reporting.Office.ReportMail;

/// <summary>未交名单: each institution nothing at all has arrived from, with its level and whether it is sampled.</summary>
public sealed class NothingReceivedSection : IOfficeReportSection
{
    public void AppendText(StringBuilder text, OfficeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(summary);
        var rows = summary.NothingReceived.ToList();
        text.Append(CultureInfo.InvariantCulture, $"\n{OfficeLabels.NothingReceived}名单（{rows.Count} 个）：\n");
        if (rows.Count == 0)
        {
            text.Append("  所有单位均已提交材料。\n");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {i + 1}. {Describe(rows[i])}\n");
        }
    }

    public void AppendHtml(StringBuilder html, OfficeSummary summary, Func<string, string> encode)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(encode);
        var rows = summary.NothingReceived.ToList();
        html.Append("<h2>").Append(OfficeLabels.NothingReceived).Append(CultureInfo.InvariantCulture, $"名单（{rows.Count} 个）</h2>\n");
        if (rows.Count == 0)
        {
            html.Append("<p>所有单位均已提交材料。</p>\n");
            return;
        }

        html.Append("<ol>\n");
        foreach (var row in rows)
        {
            html.Append("<li>").Append(encode(Describe(row))).Append("</li>\n");
        }

        html.Append("</ol>\n");
    }

    private static string Describe(OfficeRow row) =>
        $"{row.Institution.Name}（{ContractNames.Label(row.Institution.Level)}{(row.Institution.Sampled ? "，抽查单位" : string.Empty)}）";
}
