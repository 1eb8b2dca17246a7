using Pilot1X.Core.Certificates;
using Pilot1X.Core.Reporting;

namespace Pilot1X.Mail.Receipts;

/// <summary>
/// The receipt's certificate lines under 二、各项材料情况, from the institution's <see cref="CertificateReport"/>s: how the
/// evaluation report covers and grades each roster certificate, and whether the summary's self-check speaks of it.
/// </summary>
internal static class ReceiptCertificates
{
    public static IEnumerable<string> Lines(ReceiptRequest request) =>
        request.Certificates.Select(c => $"试点证书“{c.Name}”：评价报告（第四部分评价等级）——{CertificateLabels.Evaluation(c)}；总结报告第四部分自查——{CertificateLabels.SelfCheck(c)}。");
}
