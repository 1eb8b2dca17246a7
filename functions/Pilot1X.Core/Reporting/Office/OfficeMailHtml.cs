using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Pilot1X.Core.Reporting.Office.ReportMail;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>
/// The HTML mail to the office: headline figures (齐全 / 未齐全 / 未交, by 中职/高职/本科) and days left, then its sections
/// (今日来件, 未齐全 with each gap, 未交名单, who cannot be reminded), so the state of the pilot is readable in the mail
/// client without opening the attached workbook. All text is HTML-encoded.
/// </summary>
public static class OfficeMailHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly SchoolLevel[] Levels = [SchoolLevel.Secondary, SchoolLevel.Higher, SchoolLevel.Undergraduate, SchoolLevel.Unknown];

    public static string Subject(OfficeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Invariant($"1+X证书制度试点材料汇总（截至{OfficeLabels.Cst(summary.AsOf)}）：{OfficeLabels.Complete} {summary.Count(OfficeStatus.Complete)}，{OfficeLabels.Incomplete} {summary.Count(OfficeStatus.Incomplete)}，{OfficeLabels.NothingReceived} {summary.Count(OfficeStatus.NothingReceived)}");
    }

    public static string Render(OfficeSummary summary) => Render(summary, OfficeReportSections.Standard);

    /// <summary>The mail with <paramref name="sections"/> after the headline (the standard ones, or those plus another concern's).</summary>
    public static string Render(OfficeSummary summary, IEnumerable<IOfficeReportSection> sections)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(sections);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(Subject(summary))).Append("</title></head><body style=\"font-family:sans-serif\">\n");
        html.Append("<h1>1+X证书制度试点材料汇总</h1>\n<p>统计时间：").Append(E(OfficeLabels.Cst(summary.AsOf)))
            .Append("（北京时间）；截止时间：").Append(E(OfficeLabels.Cst(summary.Deadline))).Append("，<b>").Append(E(summary.DeadlineStanding)).Append("</b>。</p>\n");
        html.Append(Invariant($"<p>名单内单位 <b>{summary.Rows.Count}</b> 个：{OfficeLabels.Complete} <b>{summary.Count(OfficeStatus.Complete)}</b> 个，")
            + Invariant($"{OfficeLabels.Incomplete} <b>{summary.Count(OfficeStatus.Incomplete)}</b> 个，{OfficeLabels.NothingReceived} <b>{summary.Count(OfficeStatus.NothingReceived)}</b> 个。</p>\n"));
        html.Append(Invariant($"<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n<tr><th>办学层次</th><th>单位数</th><th>{OfficeLabels.Complete}</th><th>{OfficeLabels.Incomplete}</th><th>{OfficeLabels.NothingReceived}</th></tr>\n"));
        foreach (var level in Levels.Where(l => l != SchoolLevel.Unknown || summary.Rows.Any(r => r.Institution.Level == l)))
        {
            html.Append("<tr><td>").Append(E(ContractNames.Label(level))).Append("</td>")
                .Append(Invariant($"<td>{summary.Rows.Count(r => r.Institution.Level == level)}</td>"))
                .Append(Invariant($"<td>{summary.Count(OfficeStatus.Complete, level)}</td><td>{summary.Count(OfficeStatus.Incomplete, level)}</td><td>{summary.Count(OfficeStatus.NothingReceived, level)}</td></tr>\n"));
        }

        html.Append("</table>\n");
        foreach (var section in sections)
        {
            section.AppendHtml(html, summary, E);
        }

        html.Append(CertificatesReportedUpward.Html(summary));
        var listed = summary.FileFindings.Count();
        html.Append(Invariant($"<p>文件中的问题共 {listed} 条，逐条见附件汇总表（.xlsx）的“{OfficeWorkbook.FindingsSheet}”；每个{OfficeLabels.NothingReceived}、{OfficeLabels.Incomplete}单位的联系人和所缺材料见“{OfficeWorkbook.FollowUpSheet}”。</p>\n"));
        Anomalies.OfficeAnomaliesSection.AppendHtml(html, summary.Anomalies);
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static string E(string text) => Encoder.Encode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
