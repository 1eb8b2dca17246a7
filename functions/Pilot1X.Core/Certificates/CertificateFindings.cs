using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;

namespace Pilot1X.Core.Certificates;

/// <summary>
/// The certificate findings of one Word report: CERTIFICATE_NOT_COVERED and CERTIFICATE_GRADE_MISSING for the evaluation
/// report, SELF_CHECK_CERTIFICATE_MISSING for the summary. Each names the report as the school named it, the certificate as
/// the roster names it, and the fix the notice asks for.
/// </summary>
public static class CertificateFindings
{
    private const string GradeWords = "优秀、合格、整改或建议取消试点资格";

    /// <param name="kind">The report's material.</param>
    /// <param name="evidence">What <see cref="CertificateReader"/> read from it.</param>
    /// <param name="hasSectionFour">Whether it has a section 四 (without one, grades and self-check are left to SECTION_MISSING).</param>
    /// <param name="file">The display path (the finding's <c>file</c>).</param>
    /// <param name="fileName">The file name as the school named it (for the message).</param>
    public static IReadOnlyList<Finding> For(MaterialKind kind, IReadOnlyList<CertificateEvidence> evidence, bool hasSectionFour, string file, string fileName)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var findings = new List<Finding>();
        foreach (var certificate in evidence)
        {
            var name = certificate.Name;
            if (kind == MaterialKind.Evaluation && !certificate.Named)
            {
                findings.Add(Finding.Of(FindingCode.CertificateNotCovered, file,
                    $"评价报告“{fileName}”没有写到本单位试点的“{name}”证书（通知要求评价报告覆盖试点的所有 1+X 证书）。",
                    $"请在第一、二、四部分各写一段“{name}”证书的情况（分培训评价组织和证书说明），并在第四部分给出它的评价等级（{GradeWords}）及理由。"));
            }
            else if (kind == MaterialKind.Evaluation && certificate.Grade is null && hasSectionFour)
            {
                findings.Add(Finding.Of(FindingCode.CertificateGradeMissing, file,
                    $"评价报告“{fileName}”写到了“{name}”证书，但第四部分没有给出它的评价等级。",
                    $"请在第四部分写明“{name}”证书的评价等级（{GradeWords}）及理由，例如“{name}证书试点工作评价为合格”，或在评价表中与证书同行列出。"));
            }
            else if (kind == MaterialKind.Summary && !certificate.Named && hasSectionFour)
            {
                findings.Add(Finding.Of(FindingCode.SelfCheckCertificateMissing, file,
                    $"总结报告“{fileName}”第四部分（自查自查结果）没有说到“{name}”证书。",
                    $"请在第四部分分证书说明“{name}”证书的自查结果并分档。"));
            }
        }

        return findings;
    }
}
