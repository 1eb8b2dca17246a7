using System.Globalization;
using System.Text;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Anomalies;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Reporting.Office.ReportMail;
using Pilot1X.Core.Roster;

namespace Pilot1X.Mail.Reports;

/// <summary>
/// The plain-text alternative of the report mail: the same figures, days left and sections as <see cref="OfficeMailHtml"/>,
/// for clients that show no HTML.
/// </summary>
public static class OfficeReportText
{
    private static readonly SchoolLevel[] Levels = [SchoolLevel.Secondary, SchoolLevel.Higher, SchoolLevel.Undergraduate, SchoolLevel.Unknown];

    public static string Plain(OfficeSummary summary, string attachment) => Plain(summary, attachment, OfficeReportSections.Standard);

    /// <summary>The text with <paramref name="sections"/> after the headline (the standard ones, or those plus another concern's).</summary>
    public static string Plain(OfficeSummary summary, string attachment, IEnumerable<IOfficeReportSection> sections)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(sections);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"1+X证书制度试点材料汇总\n统计时间：{OfficeLabels.Cst(summary.AsOf)}（北京时间）；截止时间：{OfficeLabels.Cst(summary.Deadline)}，{summary.DeadlineStanding}。\n\n");
        text.Append(CultureInfo.InvariantCulture, $"名单内单位 {summary.Rows.Count} 个：{OfficeLabels.Complete} {summary.Count(OfficeStatus.Complete)} 个，{OfficeLabels.Incomplete} {summary.Count(OfficeStatus.Incomplete)} 个，{OfficeLabels.NothingReceived} {summary.Count(OfficeStatus.NothingReceived)} 个。\n");
        foreach (var level in Levels.Where(l => summary.Rows.Any(r => r.Institution.Level == l)))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {ContractNames.Label(level)}：{summary.Rows.Count(r => r.Institution.Level == level)} 个，{OfficeLabels.Complete} {summary.Count(OfficeStatus.Complete, level)}，{OfficeLabels.Incomplete} {summary.Count(OfficeStatus.Incomplete, level)}，{OfficeLabels.NothingReceived} {summary.Count(OfficeStatus.NothingReceived, level)}\n");
        }

        foreach (var section in sections)
        {
            section.AppendText(text, summary);
        }

        text.Append(CertificatesReportedUpward.Plain(summary));
        var listed = summary.FileFindings.Count();
        text.Append(CultureInfo.InvariantCulture, $"\n文件中的问题共 {listed} 条，逐条见附件“{attachment}”的“{OfficeWorkbook.FindingsSheet}”；联系人和所缺材料见“{OfficeWorkbook.FollowUpSheet}”。\n");
        OfficeAnomaliesSection.AppendText(text, summary.Anomalies);
        text.Append("\n本邮件由系统自动发送。\n");
        return text.ToString();
    }
}
