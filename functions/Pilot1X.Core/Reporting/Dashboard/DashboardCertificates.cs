using System.Text;
using Pilot1X.Core.Certificates;
using Pilot1X.Core.Reporting.Office;
using static Pilot1X.Core.Reporting.Dashboard.DashboardHtml;

namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>
/// The dashboard's certificate views, all from the row's <see cref="CertificateReport"/>s: the matrix's 证书 column
/// (“3/4 已评”), a table per institution in its detail, and one line when the roster lists no certificates at all.
/// </summary>
internal static class DashboardCertificates
{
    public const string Header = "<th scope=\"col\">证书</th>";

    /// <summary>The matrix cell: green when every certificate is graded, amber when some are not, red when one is not even named.</summary>
    public static void AppendCell(StringBuilder html, OfficeRow row)
    {
        var css = row.Certificates.Count == 0 ? "st-na"
            : row.Certificates.Any(c => c.Evaluation == CertificateEvaluation.NotCovered) ? "st-missing"
            : row.Certificates.All(c => c.Evaluation is CertificateEvaluation.Graded or CertificateEvaluation.NotRequired) ? "st-ok"
            : "st-invalid";
        html.Append("<td><span class=\"st ").Append(css).Append("\" data-testid=\"certificates\">").Append(E(CertificateLabels.Progress(row.Certificates)))
            .Append("</span></td>");
    }

    /// <summary>Under the matrix, once: certificates are only checked when the roster lists them.</summary>
    public static void AppendNote(StringBuilder html, OfficeSummary summary)
    {
        if (summary.Rows.All(r => r.Certificates.Count == 0))
        {
            html.Append("<p class=\"legend\" data-testid=\"certificates-note\">").Append(E(CertificateLabels.RosterWithoutCertificates)).Append("</p>\n");
        }
    }

    /// <summary>In the institution's detail: each certificate with its organisation, grade, self-check and questionnaire answers.</summary>
    public static void AppendDetail(StringBuilder html, OfficeRow row)
    {
        if (row.Certificates.Count == 0)
        {
            return;
        }

        html.Append("<h3>试点证书</h3>\n<div class=\"scroll\"><table data-testid=\"certificate-table\">\n<thead><tr><th scope=\"col\">证书</th><th scope=\"col\">培训评价组织</th>")
            .Append("<th scope=\"col\">评价报告（第四部分评价等级）</th><th scope=\"col\">总结报告自查</th><th scope=\"col\">问卷</th><th scope=\"col\">问卷达标</th></tr></thead>\n<tbody>\n");
        foreach (var certificate in row.Certificates)
        {
            var css = CertificateLabels.ReportedUpward(certificate) || certificate.Evaluation == CertificateEvaluation.NotCovered ? "st-missing"
                : certificate.Evaluation == CertificateEvaluation.Graded ? "st-ok" : "st-invalid";
            html.Append("<tr data-testid=\"certificate\"><th scope=\"row\">").Append(E(certificate.Name)).Append("</th><td>").Append(E(certificate.Organisation ?? "—"))
                .Append("</td><td><span class=\"st ").Append(css).Append("\">").Append(E(CertificateLabels.Evaluation(certificate))).Append("</span></td><td>")
                .Append(E(CertificateLabels.SelfCheck(certificate))).Append("</td><td>").Append(E(CertificateLabels.Quota(certificate))).Append("</td><td>")
                .Append(certificate.QuotaMet ? "是" : "否").Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
    }
}
