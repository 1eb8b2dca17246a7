using System.Globalization;
using Pilot1X.Core.Certificates;

namespace Pilot1X.Core.Reporting;

/// <summary>
/// The Chinese words every view (receipt, reminder, dashboard, workbook, report mail) uses for a certificate's
/// <see cref="CertificateReport"/>: one wording, so what the school reads and what the office reads never differ.
/// </summary>
public static class CertificateLabels
{
    /// <summary>The one line shown where certificates would be when the roster lists none.</summary>
    public const string RosterWithoutCertificates =
        "名单未列出试点证书：评价报告的证书覆盖与评价等级、总结报告的分证书自查和问卷人数的检查，需要在名单中填写“试点证书”列（或增加“试点证书”工作表）。";

    /// <summary>The grades the office reports upward (notice: 整改 / 建议取消试点资格).</summary>
    public static bool ReportedUpward(CertificateReport certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.Grade is CertificateGrades.Rectify or CertificateGrades.RecommendRevocation;
    }

    /// <summary>The evaluation report's word on it (a subject-less phrase): 优秀 … or why there is no grade.</summary>
    public static string Evaluation(CertificateReport certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.Evaluation switch
        {
            CertificateEvaluation.Graded => certificate.Grade ?? "已评",
            CertificateEvaluation.Covered => "已写到，未评等级",
            CertificateEvaluation.NotCovered => "未写到",
            CertificateEvaluation.NoReport => Office.OfficeLabels.NothingReceived + "报告",
            _ => "无需评价（非抽查单位）",
        };
    }

    /// <summary>The summary report's section 四 (自查) on it (a subject-less phrase).</summary>
    public static string SelfCheck(CertificateReport certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.SelfCheck switch
        {
            SelfCheckCoverage.Covered => "已写到",
            SelfCheckCoverage.NotCovered => "未写到",
            _ => Office.OfficeLabels.NothingReceived + "报告",
        };
    }

    /// <summary>教师 3/5，学生 12/10: answers counted against the notice's quota.</summary>
    public static string Quota(CertificateReport certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return string.Create(CultureInfo.InvariantCulture,
            $"教师 {certificate.Teachers}/{CertificateReport.TeachersRequired}，学生 {certificate.Students}/{CertificateReport.StudentsRequired}");
    }

    /// <summary>The matrix cell: how many of the institution's certificates section 四 grades (“3/4 已评”), or a dash.</summary>
    public static string Progress(IReadOnlyList<CertificateReport> certificates)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        return certificates.Count == 0 ? "—"
            : string.Create(CultureInfo.InvariantCulture, $"{certificates.Count(c => c.Evaluation == CertificateEvaluation.Graded)}/{certificates.Count} 已评");
    }
}
