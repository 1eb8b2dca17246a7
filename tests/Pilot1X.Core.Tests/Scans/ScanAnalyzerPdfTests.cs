using Pilot1X.Core.Formats;
using Pilot1X.Core.Scans;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Scans;

public sealed class ScanAnalyzerPdfTests
{
    private static readonly ScanPageOptions Text = new();

    private static ScanAnalysis Analyze(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        return new ScanAnalyzer().AnalyzePdf(stream);
    }

    [Fact]
    public void Three_page_colour_scan_with_seal_on_last_page_is_found()
    {
        var pdf = ScanSampleBuilder.Pdf([Text, Text with { Seed = 2 }, Text with { Seed = 3, Seal = true }]);

        Assert.Equal(new ScanAnalysis(3, SealStatus.Found), Analyze(pdf));
    }

    [Fact]
    public void Colour_scan_without_seal_is_not_found()
    {
        var pdf = ScanSampleBuilder.Pdf([Text, Text with { Seed = 2 }]);

        Assert.Equal(new ScanAnalysis(2, SealStatus.NotFound), Analyze(pdf));
    }

    [Fact]
    public void Red_letterhead_rule_with_star_is_not_a_seal()
    {
        var pdf = ScanSampleBuilder.Pdf([Text with { RedLetterhead = true }]);

        Assert.Equal(SealStatus.NotFound, Analyze(pdf).Seal);
    }

    [Fact]
    public void Red_title_text_is_not_a_seal()
    {
        var pdf = ScanSampleBuilder.Pdf([Text with { RedTitle = true, RedLetterhead = true }]);

        Assert.Equal(SealStatus.NotFound, Analyze(pdf).Seal);
    }

    [Fact]
    public void Grayscale_scan_is_undetermined_even_with_a_seal_on_paper()
    {
        var gray = Text with { Rendering = ScanRendering.Grayscale };
        var pdf = ScanSampleBuilder.Pdf([gray, gray with { Seal = true }]);

        Assert.Equal(new ScanAnalysis(2, SealStatus.Undetermined), Analyze(pdf));
    }

    [Fact]
    public void Faded_seal_stamped_across_text_is_found()
    {
        var pdf = ScanSampleBuilder.Pdf([Text with { Seal = true, FadedSeal = true, SealOverlapsText = true, Seed = 5 }]);

        Assert.Equal(SealStatus.Found, Analyze(pdf).Seal);
    }

    [Fact]
    public void Seal_below_red_letterhead_and_title_is_found()
    {
        var pdf = ScanSampleBuilder.Pdf([Text with { Seal = true, RedLetterhead = true, RedTitle = true }]);

        Assert.Equal(SealStatus.Found, Analyze(pdf).Seal);
    }

    [Fact]
    public void Pdf_with_lossless_page_images_is_analysed_too()
    {
        var pdf = ScanSampleBuilder.PdfOfPngPages([Text with { Dpi = 100 }, Text with { Dpi = 100, Seal = true }]);

        Assert.Equal(new ScanAnalysis(2, SealStatus.Found), Analyze(pdf));
    }

    [Fact]
    public void Truncated_pdf_is_unreadable_with_a_chinese_fix()
    {
        var pdf = ScanSampleBuilder.TruncatedPdf([Text, Text with { Seal = true }]);

        var error = Assert.Throws<UnreadableDocumentException>(() => Analyze(pdf));
        Assert.Contains("PDF", error.Message, StringComparison.Ordinal);
        Assert.Contains("重新扫描", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_with_garbage_body_but_intact_ends_is_unreadable()
    {
        var pdf = ScanSampleBuilder.Pdf([Text]);
        var random = new Random(3);
        for (var i = 20; i < pdf.Length - 40; i++)
        {
            pdf[i] = (byte)random.Next(256);
        }

        Assert.Throws<UnreadableDocumentException>(() => Analyze(pdf));
    }

    [Fact]
    public void Password_protected_pdf_is_unreadable_and_says_to_remove_the_password()
    {
        var pdf = ScanSampleBuilder.PasswordProtectedPdf([Text with { Seal = true }]);

        var error = Assert.Throws<UnreadableDocumentException>(() => Analyze(pdf));
        Assert.Contains("加密", error.Message, StringComparison.Ordinal);
        Assert.Contains("取消密码", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_only_pdf_without_page_images_counts_pages_and_is_undetermined()
    {
        Assert.Equal(new ScanAnalysis(2, SealStatus.Undetermined), Analyze(ScanSampleBuilder.TextOnlyPdf(2)));
    }

    [Fact]
    public void Electronic_seal_image_placed_on_a_text_pdf_is_found()
    {
        Assert.Equal(new ScanAnalysis(2, SealStatus.Found), Analyze(ScanSampleBuilder.ElectronicSealPdf(2)));
    }

    [Fact]
    public void Cancelled_analysis_throws_operation_cancelled_not_unreadable()
    {
        using var stream = new MemoryStream(ScanSampleBuilder.Pdf([Text]));
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new ScanAnalyzer().AnalyzePdf(stream, cancellation.Token));
    }

    [Fact]
    public void File_that_is_not_a_pdf_is_unreadable()
    {
        var jpeg = ScanSampleBuilder.PageJpeg(Text);

        var error = Assert.Throws<UnreadableDocumentException>(() => Analyze(jpeg));
        Assert.Contains("不是有效的PDF", error.Message, StringComparison.Ordinal);
    }
}
