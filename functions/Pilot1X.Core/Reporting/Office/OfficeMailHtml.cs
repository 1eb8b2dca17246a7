using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>
/// The HTML mail to the office: headline figures (齐全 / 未齐全 / 未交, by 中职/高职/本科) and the 未交名单, so the
/// state of the pilot is readable in the mail client without opening the attached workbook. All text is HTML-encoded.
/// </summary>
public static class OfficeMailHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly SchoolLevel[] Levels = [SchoolLevel.Secondary, SchoolLevel.Higher, SchoolLevel.Undergraduate, SchoolLevel.Unknown];

    public static string Subject(OfficeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Invariant($"1+X证书制度试点材料汇总（截至{OfficeLabels.Cst(summary.AsOf)}）：齐全 {summary.Count(OfficeStatus.Complete)}，未齐全 {summary.Count(OfficeStatus.Incomplete)}，未交 {summary.Count(OfficeStatus.NothingReceived)}");
    }

    public static string Render(OfficeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(Subject(summary))).Append("</title></head><body style=\"font-family:sans-serif\">\n");
        html.Append("<h1>1+X证书制度试点材料汇总</h1>\n<p>统计时间：").Append(E(OfficeLabels.Cst(summary.AsOf)))
            .Append("（北京时间）；截止时间：").Append(E(OfficeLabels.Cst(summary.Deadline))).Append("。</p>\n");
        html.Append(Invariant($"<p>名单内单位 <b>{summary.Rows.Count}</b> 个：材料齐全 <b>{summary.Count(OfficeStatus.Complete)}</b> 个，")
            + Invariant($"未齐全 <b>{summary.Count(OfficeStatus.Incomplete)}</b> 个，未收到任何材料 <b>{summary.Count(OfficeStatus.NothingReceived)}</b> 个。</p>\n"));
        html.Append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n<tr><th>办学层次</th><th>单位数</th><th>齐全</th><th>未齐全</th><th>未交</th></tr>\n");
        foreach (var level in Levels.Where(l => l != SchoolLevel.Unknown || summary.Rows.Any(r => r.Institution.Level == l)))
        {
            html.Append("<tr><td>").Append(E(ContractNames.Label(level))).Append("</td>")
                .Append(Invariant($"<td>{summary.Rows.Count(r => r.Institution.Level == level)}</td>"))
                .Append(Invariant($"<td>{summary.Count(OfficeStatus.Complete, level)}</td><td>{summary.Count(OfficeStatus.Incomplete, level)}</td><td>{summary.Count(OfficeStatus.NothingReceived, level)}</td></tr>\n"));
        }

        html.Append("</table>\n<h2>未交名单</h2>\n");
        var missing = summary.NothingReceived.ToList();
        if (missing.Count == 0)
        {
            html.Append("<p>所有单位均已提交材料。</p>\n");
        }
        else
        {
            html.Append("<ol>\n");
            foreach (var row in missing)
            {
                html.Append("<li>").Append(E(row.Institution.Name)).Append('（').Append(E(ContractNames.Label(row.Institution.Level)))
                    .Append(row.Institution.Sampled ? "，抽查单位" : string.Empty).Append("）</li>\n");
            }

            html.Append("</ol>\n");
        }

        html.Append(CertificatesReportedUpward.Html(summary));
        html.Append(Invariant($"<p>问题共 {summary.AllFindings.Count()} 条，逐单位明细见附件汇总表（.xlsx）的“问题清单”。</p>\n</body></html>\n"));
        return html.ToString();
    }

    private static string E(string text) => Encoder.Encode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
