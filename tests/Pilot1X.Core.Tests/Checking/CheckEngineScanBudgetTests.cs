using Pilot1X.Core.Checking;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Roster;
using Pilot1X.Core.Scans;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Checking;

public sealed class CheckEngineScanBudgetTests
{
    private const string School = "襄阳职业技术学院";
    private const string FileName = School + "1+X证书制度试点工作总结报告（盖章扫描版）.pdf";

    [Fact]
    public void A_scan_over_the_image_budget_counts_with_its_pages_and_says_why_its_seal_is_undetermined()
    {
        var pdf = ScanSampleBuilder.Pdf([new ScanPageOptions { Dpi = 100 }, new ScanPageOptions { Dpi = 100, Seed = 2, Seal = true }]);
        var options = new CheckOptions(CheckOptions.DefaultDeadline, EngineHarness.Before, IntakeLimits.Default)
        {
            Scans = new ScanLimits { MaxImagePixels = 500_000 },
        };

        var report = new CheckEngine(DefaultRoster.Create(), options)
            .Run([new CheckInput(FileName, () => new MemoryStream(pdf, writable: false), [])]);

        var school = report.Institution(School);
        var document = Assert.Single(school.Documents);
        Assert.Equal(2, document.Pages);
        Assert.Equal(SealStatus.Undetermined, document.Seal);
        var finding = Assert.Single(school.Findings, f => f.Code == FindingCode.SealUndetermined);
        Assert.Contains($"“{FileName}”超出系统的检查范围", finding.Message, StringComparison.Ordinal);
        Assert.Contains("PDF第2页的扫描图像尺寸过大", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(school.Findings, f => f.Code == FindingCode.DocumentUnreadable);
    }
}
