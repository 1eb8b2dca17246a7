using Pilot1X.Core.Certificates;
using Pilot1X.Core.Roster;

namespace Pilot1X.Mail.Tests.Receipts;

/// <summary>The receipt says, per roster certificate, how the evaluation report covers and grades it and whether the self-check names it.</summary>
public sealed class ReceiptCertificatesTests
{
    private static readonly Institution School = new("湖北交通职业技术学院", [], true, [], ["建筑信息模型（BIM）", "网店运营推广", "<i>智能财税</i>"], SchoolLevel.Higher);

    [Fact]
    public void Each_certificate_gets_a_line_under_the_materials_with_its_grade_or_why_it_has_none_in_plain_text_and_escaped_html()
    {
        var request = ReceiptSamples.Request(School) with
        {
            Certificates =
            [
                new("建筑信息模型（BIM）", CertificateEvaluation.Graded, "优秀", SelfCheckCoverage.Covered),
                new("网店运营推广", CertificateEvaluation.Covered, null, SelfCheckCoverage.NotCovered),
                new("<i>智能财税</i>", CertificateEvaluation.NotCovered, null, SelfCheckCoverage.NoReport),
            ],
        };
        using var receipt = ReceiptSamples.Composer().Compose(request);

        var plain = receipt.TextBody!;
        var materials = plain[plain.IndexOf("二、各项材料情况", StringComparison.Ordinal)..plain.IndexOf("三、需要修改的问题", StringComparison.Ordinal)];
        Assert.Contains("  · 试点证书“建筑信息模型（BIM）”：评价报告（第四部分评价等级）——优秀；总结报告第四部分自查——已写到。\n", materials, StringComparison.Ordinal);
        Assert.Contains("  · 试点证书“网店运营推广”：评价报告（第四部分评价等级）——已写到，未评等级；总结报告第四部分自查——未写到。\n", materials, StringComparison.Ordinal);
        Assert.Contains("试点证书“<i>智能财税</i>”：评价报告（第四部分评价等级）——未写到；总结报告第四部分自查——未交报告。", materials, StringComparison.Ordinal);
        Assert.Contains("<li>试点证书“&lt;i&gt;智能财税&lt;/i&gt;”", receipt.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>智能财税", receipt.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_roster_certificates_the_receipt_is_as_before()
    {
        using var receipt = ReceiptSamples.Composer().Compose(ReceiptSamples.Request(ReceiptSamples.School));
        Assert.DoesNotContain("试点证书", receipt.TextBody, StringComparison.Ordinal);
    }
}
