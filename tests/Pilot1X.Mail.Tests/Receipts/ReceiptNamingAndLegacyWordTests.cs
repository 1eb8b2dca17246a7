using System.Text.RegularExpressions;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;

namespace Pilot1X.Mail.Tests.Receipts;

public sealed class ReceiptNamingAndLegacyWordTests
{
    private const string Stem = "湖北交通职业技术学院1+X证书制度试点工作";

    private static (string Text, string Html) Bodies(IReadOnlyList<MaterialReport> materials, IReadOnlyList<Finding> findings)
    {
        var request = ReceiptSamples.Request(ReceiptSamples.School) with { Materials = materials, Findings = findings };
        using var receipt = ReceiptSamples.Composer().Compose(request);
        return (receipt.TextBody ?? throw new InvalidOperationException("no text part"), receipt.HtmlBody ?? throw new InvalidOperationException("no html part"));
    }

    [Fact]
    public void A_receipt_for_accepted_names_prints_no_correct_or_suggested_file_name()
    {
        var (text, html) = Bodies(
            [
                new MaterialReport(MaterialKind.Summary, true, MaterialState.Ok, MaterialState.Ok, [$"{Stem}-总结报告.docx", $"{Stem}-总结报告（盖章）.pdf"]),
                new MaterialReport(MaterialKind.Evaluation, true, MaterialState.Ok, MaterialState.Ok, [$"{Stem}-评价报告.docx", $"{Stem}-评价报告（盖章）.pdf"]),
            ],
            []);

        foreach (var body in new[] { text, html })
        {
            Assert.DoesNotContain("正确文件名", body, StringComparison.Ordinal);
            Assert.DoesNotContain("建议统一命名为", body, StringComparison.Ordinal);
            Assert.DoesNotContain($"{Stem}总结报告", body, StringComparison.Ordinal);
            Assert.Contains("1+X证书制度试点工作总结报告：Word 版已收到，盖章扫描件已收到。", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_name_that_was_not_accepted_is_suggested_once_and_not_repeated_as_a_fix()
    {
        var suggested = $"{Stem}总结报告.docx";
        var (text, _) = Bodies(
            [new MaterialReport(MaterialKind.Summary, true, MaterialState.Ok, MaterialState.Ok, ["总结报告-最终版.docx", $"{Stem}总结报告（盖章扫描版）.pdf"])],
            [Finding.Of(FindingCode.NameNonconforming, "总结报告-最终版.docx", $"文件名“总结报告-最终版.docx”与通知的命名方式不一致，建议统一命名为“{suggested}”。", suggested)]);

        Assert.Single(Regex.Matches(text, Regex.Escape(suggested)));
        Assert.Contains($"建议统一命名为“{suggested}”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("修改方法", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("总结报告.doc", ".doc")]
    [InlineData("inbox/1.eml!/总结报告.wps", ".wps")]
    public void A_legacy_word_file_counts_as_received_and_the_receipt_says_its_outline_was_not_checked_and_asks_for_a_docx(string file, string extension)
    {
        var (text, html) = Bodies(
            [
                new MaterialReport(MaterialKind.Summary, true, MaterialState.Unchecked, MaterialState.Ok, [file, "总结报告（盖章扫描版）.pdf"]),
                new MaterialReport(MaterialKind.Evaluation, true, MaterialState.Ok, MaterialState.Ok, ["评价报告.docx", "评价报告（盖章扫描版）.pdf"]),
            ],
            []);

        foreach (var body in new[] { text, html })
        {
            Assert.Contains($"Word 版已收到（{extension} 格式，系统无法自动检查其提纲与字数，建议用 Word/WPS 另存为 .docx 后重新发送）", body, StringComparison.Ordinal);
            Assert.Contains("材料已齐全，无需补交。", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Word 版）", body, StringComparison.Ordinal);
        }
    }
}
