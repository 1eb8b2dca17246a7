using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Checking;

public sealed class CheckEngineNamingTests
{
    private const string School = "湖北交通职业技术学院";
    private const string Stem = "1+X证书制度试点工作";
    private const string RightWordName = $"{School}{Stem}总结报告.docx";

    private static byte[] SealedScan() => ScanSampleBuilder.Pdf([new ScanPageOptions { Seal = true, Dpi = 100 }]);

    private static string TextOf(CheckReport report)
    {
        using var text = new StringWriter();
        CheckReportText.Write(text, report);
        return text.ToString();
    }

    [Fact]
    public void Names_written_as_the_notice_prints_them_raise_no_naming_finding_and_no_suggested_name()
    {
        var report = EngineHarness.Check(
            ($"{School}+1+X证书制度试点工作-总结报告.docx", WordSamples.SummaryReport(School)),
            ($"{School}-1+X证书制度试点工作—总结报告（盖章）.pdf", SealedScan()));

        Assert.DoesNotContain(report.Institution(School).Findings, f => f.Code == FindingCode.NameNonconforming);
        var text = TextOf(report);
        Assert.DoesNotContain("建议统一命名为", text, StringComparison.Ordinal);
        Assert.DoesNotContain(RightWordName, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_is_not_accepted_gets_a_warning_suggesting_the_unified_name_once()
    {
        var report = EngineHarness.Check(
            ($"{School}/总结报告-最终版.docx", WordSamples.SummaryReport(School)),
            ($"{School}-1+X证书制度试点工作—总结报告（盖章）.pdf", SealedScan()));

        var finding = Assert.Single(report.Institution(School).Findings, f => f.Code == FindingCode.NameNonconforming);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(RightWordName, finding.Suggestion);
        Assert.Contains($"建议统一命名为“{RightWordName}”", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("不符合", finding.Message, StringComparison.Ordinal);
        var text = TextOf(report);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, System.Text.RegularExpressions.Regex.Escape(RightWordName)));
        Assert.DoesNotContain($"{School}{Stem}总结报告（盖章扫描版）.pdf", text, StringComparison.Ordinal);
    }
}
