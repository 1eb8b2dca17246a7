using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Scans;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Scans;

public sealed class ScanBudgetTests
{
    // An A4 page at 100 dpi is 827×1169 ≈ 0.97 MP.
    private static readonly ScanPageOptions Page = new() { Dpi = 100 };

    private static ScanAnalysis Analyze(byte[] pdf, ScanLimits limits)
    {
        using var stream = new MemoryStream(pdf);
        return new ScanAnalyzer(limits).AnalyzePdf(stream);
    }

    [Fact]
    public void Pdf_image_over_the_pixel_budget_is_not_decoded_and_the_scan_keeps_its_page_count_with_the_reason()
    {
        var pdf = ScanSampleBuilder.Pdf([Page, Page with { Seed = 2, Seal = true }]);

        var scan = Analyze(pdf, new ScanLimits { MaxImagePixels = 500_000 });

        Assert.Equal(new ScanAnalysis(2, SealStatus.Undetermined) { Unjudged = scan.Unjudged }, scan);
        Assert.Contains("PDF第2页的扫描图像尺寸过大", scan.Unjudged, StringComparison.Ordinal);
        Assert.Contains("检查上限", scan.Unjudged, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_pdf_within_the_pixel_budget_is_judged()
    {
        var pdf = ScanSampleBuilder.Pdf([Page, Page with { Seed = 2, Seal = true }]);

        Assert.Equal(new ScanAnalysis(2, SealStatus.Found), Analyze(pdf, new ScanLimits { MaxImagePixels = 1_000_000 }));
    }

    [Fact]
    public void Loose_image_over_the_pixel_budget_is_unreadable_from_its_header()
    {
        using var page = new MemoryStream(ScanSampleBuilder.PageJpeg(Page));

        var error = Assert.Throws<UnreadableDocumentException>(() =>
            new ScanAnalyzer(new ScanLimits { MaxImagePixels = 500_000 }).AnalyzeImages([page]));

        Assert.Contains("尺寸过大", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_object_shared_by_forty_pages_is_decoded_once()
    {
        // Decoding the 1 MP image once fits a 1.5 MP document budget; decoding it per page would need 40 MP.
        var pdf = ScanSampleBuilder.PdfSharingOneImage(40, 1000);

        var scan = Analyze(pdf, new ScanLimits { MaxDocumentPixels = 1_500_000 });

        Assert.Equal(new ScanAnalysis(40, SealStatus.NotFound), scan);
    }

    [Fact]
    public void Distinct_page_images_beyond_the_document_pixel_budget_leave_the_seal_undetermined()
    {
        var pdf = ScanSampleBuilder.Pdf([Page, Page with { Seed = 2 }, Page with { Seed = 3 }]);

        var scan = Analyze(pdf, new ScanLimits { MaxDocumentPixels = 1_500_000 });

        Assert.Equal(SealStatus.Undetermined, scan.Seal);
        Assert.Equal(3, scan.Pages);
        Assert.Contains("合计超过", scan.Unjudged, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_over_the_page_cap_is_counted_but_not_judged()
    {
        var scan = Analyze(ScanSampleBuilder.TextOnlyPdf(5), new ScanLimits { MaxPages = 3 });

        Assert.Equal(5, scan.Pages);
        Assert.Equal(SealStatus.Undetermined, scan.Seal);
        Assert.Contains("共5页，超过每份扫描件3页的检查上限", scan.Unjudged, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_beyond_the_per_document_cap_leave_the_seal_undetermined()
    {
        var pdf = ScanSampleBuilder.Pdf([Page, Page with { Seed = 2 }, Page with { Seed = 3 }]);

        var scan = Analyze(pdf, new ScanLimits { MaxImages = 2 });

        Assert.Equal(SealStatus.Undetermined, scan.Seal);
        Assert.Contains("超过每份扫描件2个的检查上限", scan.Unjudged, StringComparison.Ordinal);
    }

    [Fact]
    public void A_seal_found_before_a_budget_is_reached_still_counts()
    {
        // Pages are judged last first: the sealed last page is judged before the cap of one image stops the reading.
        var pdf = ScanSampleBuilder.Pdf([Page, Page with { Seed = 2 }, Page with { Seed = 3, Seal = true }]);

        Assert.Equal(new ScanAnalysis(3, SealStatus.Found), Analyze(pdf, new ScanLimits { MaxImages = 1, PagesJudgedAtOnce = 1 }));
    }
}
