using System.Globalization;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>
/// The workbook's 证书与问卷 sheet: one row per roster certificate of each institution — organisation, the evaluation
/// report's grade, the summary's self-check, questionnaire answers and whether the 5-teacher/10-student quota is met.
/// </summary>
internal static class CertificateWorksheet
{
    public const string Name = "证书与问卷";

    public static readonly IReadOnlyList<string> Headers = ["单位名称", "证书", "培训评价组织", "评价等级", "自查", "教师", "学生", "达标"];

    public static SheetContent Content(OfficeSummary summary)
    {
        var sheet = new SheetContent(Headers);
        foreach (var row in summary.Rows)
        {
            foreach (var certificate in row.Certificates)
            {
                var style = CertificateLabels.ReportedUpward(certificate) ? WorkbookStyles.Red
                    : certificate.QuotaMet ? WorkbookStyles.Plain : WorkbookStyles.Amber;
                sheet.Add(style, row.Institution.Name, certificate.Name, certificate.Organisation ?? "—", CertificateLabels.Evaluation(certificate),
                    CertificateLabels.SelfCheck(certificate), certificate.Teachers.ToString(CultureInfo.InvariantCulture),
                    certificate.Students.ToString(CultureInfo.InvariantCulture), certificate.QuotaMet ? "是" : "否");
            }
        }

        if (sheet.RowCount == 0)
        {
            sheet.Add(WorkbookStyles.Plain, CertificateLabels.RosterWithoutCertificates);
        }

        return sheet;
    }
}
