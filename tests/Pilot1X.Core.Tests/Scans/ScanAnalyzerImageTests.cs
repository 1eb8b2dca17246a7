using Pilot1X.Core.Formats;
using Pilot1X.Core.Scans;
using Pilot1X.Samples;
using SkiaSharp;

namespace Pilot1X.Core.Tests.Scans;

public sealed class ScanAnalyzerImageTests
{
    private static readonly ScanPageOptions Text = new();

    private static ScanAnalysis Analyze(params byte[][] pages)
    {
        var streams = pages.Select(bytes => (Stream)new MemoryStream(bytes)).ToList();
        try
        {
            return new ScanAnalyzer().AnalyzeImages(streams);
        }
        finally
        {
            streams.ForEach(stream => stream.Dispose());
        }
    }

    [Fact]
    public void Loose_jpg_and_png_pages_with_seal_on_the_png_are_found()
    {
        var result = Analyze(ScanSampleBuilder.PageJpeg(Text), ScanSampleBuilder.PagePng(Text with { Seal = true, Seed = 4 }));

        Assert.Equal(new ScanAnalysis(2, SealStatus.Found), result);
    }

    [Fact]
    public void Loose_colour_pages_without_seal_are_not_found()
    {
        var result = Analyze(ScanSampleBuilder.PageJpeg(Text), ScanSampleBuilder.PageJpeg(Text with { Seed = 9 }));

        Assert.Equal(new ScanAnalysis(2, SealStatus.NotFound), result);
    }

    [Fact]
    public void Bilevel_png_pages_are_undetermined()
    {
        var result = Analyze(ScanSampleBuilder.PagePng(Text with { Seal = true, Rendering = ScanRendering.Bilevel }));

        Assert.Equal(new ScanAnalysis(1, SealStatus.Undetermined), result);
    }

    [Fact]
    public void Black_and_white_page_saved_as_colour_jpg_is_undetermined()
    {
        var result = Analyze(ScanSampleBuilder.PageJpeg(Text with { Seal = true, Rendering = ScanRendering.Bilevel }));

        Assert.Equal(SealStatus.Undetermined, result.Seal);
    }

    [Fact]
    public void Grayscale_jpg_page_is_undetermined()
    {
        var result = Analyze(ScanSampleBuilder.PageJpeg(Text with { Seal = true, Rendering = ScanRendering.Grayscale }));

        Assert.Equal(SealStatus.Undetermined, result.Seal);
    }

    [Fact]
    public void High_resolution_page_is_analysed_down_scaled()
    {
        var result = Analyze(ScanSampleBuilder.PageJpeg(Text with { Seal = true, Dpi = 400 }));

        Assert.Equal(SealStatus.Found, result.Seal);
    }

    [Fact]
    public void Transparent_png_is_composited_over_white_paper_and_its_seal_found()
    {
        using var page = new SKBitmap(new SKImageInfo(1240, 1754, SKColorType.Rgba8888, SKAlphaType.Premul));
        page.Erase(SKColors.Transparent);
        using (var canvas = new SKCanvas(page))
        using (var ink = new SKPaint { Color = new SKColor(200, 40, 50), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 8 })
        {
            canvas.DrawCircle(800, 1400, 120, ink);
            ink.Color = new SKColor(20, 20, 20);
            ink.Style = SKPaintStyle.Fill;
            canvas.DrawRect(SKRect.Create(150, 300, 900, 30), ink);
        }

        using var png = page.Encode(SKEncodedImageFormat.Png, 100);

        Assert.Equal(SealStatus.Found, Analyze(png.ToArray()).Seal);
    }

    [Fact]
    public void Corrupt_jpeg_data_is_unreadable()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => Analyze(ScanSampleBuilder.CorruptJpeg(Text)));

        Assert.Contains("第1页扫描图片", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_jpeg_is_unreadable()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => Analyze(ScanSampleBuilder.TruncatedJpeg(Text)));

        Assert.Contains("不完整", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_no_image_are_unreadable()
    {
        var error = Assert.Throws<UnreadableDocumentException>(() => Analyze("这不是图片"u8.ToArray()));

        Assert.Contains("无法识别为图片", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Giant_png_header_is_rejected_before_decoding()
    {
        var bomb = ScanSampleBuilder.GiantPngHeader(60_000, 60_000);

        var error = Assert.Throws<UnreadableDocumentException>(() => Analyze(bomb));
        Assert.Contains("尺寸过大", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_png_is_unreadable()
    {
        var png = ScanSampleBuilder.PagePng(Text);

        Assert.Throws<UnreadableDocumentException>(() => Analyze(png.AsSpan(0, png.Length / 2).ToArray()));
    }

    [Fact]
    public void Empty_file_is_unreadable()
    {
        Assert.Throws<UnreadableDocumentException>(() => Analyze(Array.Empty<byte>()));
    }
}
