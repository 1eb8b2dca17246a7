using System.Globalization;
using System.Text;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;

namespace Pilot1X.Mail.Reports;

/// <summary>The plain-text alternative of the report mail: the same figures and 未交名单 as <see cref="OfficeMailHtml"/>, for clients that show no HTML.</summary>
public static class OfficeReportText
{
    private static readonly SchoolLevel[] Levels = [SchoolLevel.Secondary, SchoolLevel.Higher, SchoolLevel.Undergraduate, SchoolLevel.Unknown];

    public static string Plain(OfficeSummary summary, string attachment)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"1+X证书制度试点材料汇总\n统计时间：{OfficeLabels.Cst(summary.AsOf)}（北京时间）；截止时间：{OfficeLabels.Cst(summary.Deadline)}。\n\n");
        text.Append(CultureInfo.InvariantCulture, $"名单内单位 {summary.Rows.Count} 个：材料齐全 {summary.Count(OfficeStatus.Complete)} 个，未齐全 {summary.Count(OfficeStatus.Incomplete)} 个，未收到任何材料 {summary.Count(OfficeStatus.NothingReceived)} 个。\n");
        foreach (var level in Levels.Where(l => summary.Rows.Any(r => r.Institution.Level == l)))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {ContractNames.Label(level)}：{summary.Rows.Count(r => r.Institution.Level == level)} 个，齐全 {summary.Count(OfficeStatus.Complete, level)}，未齐全 {summary.Count(OfficeStatus.Incomplete, level)}，未交 {summary.Count(OfficeStatus.NothingReceived, level)}\n");
        }

        text.Append("\n未交名单：\n");
        var missing = summary.NothingReceived.ToList();
        if (missing.Count == 0)
        {
            text.Append("  所有单位均已提交材料。\n");
        }

        for (var i = 0; i < missing.Count; i++)
        {
            var institution = missing[i].Institution;
            text.Append(CultureInfo.InvariantCulture, $"  {i + 1}. {institution.Name}（{ContractNames.Label(institution.Level)}{(institution.Sampled ? "，抽查单位" : string.Empty)}）\n");
        }

        text.Append(CertificatesReportedUpward.Plain(summary));
        text.Append(CultureInfo.InvariantCulture, $"\n问题共 {summary.AllFindings.Count()} 条，逐单位明细见附件“{attachment}”的“问题清单”。\n本邮件由系统自动发送。\n");
        return text.ToString();
    }
}
