using Pilot1X.Core.Scans;
using Pilot1X.Samples;
using SkiaSharp;

namespace Pilot1X.Core.Tests.Scans;

public sealed class SealDetectorTests
{
    private static SKBitmap BlankPage()
    {
        var page = new SKBitmap(new SKImageInfo(1240, 1754, SKColorType.Rgba8888, SKAlphaType.Premul));
        page.Erase(new SKColor(250, 247, 240));
        return page;
    }

    [Fact]
    public void Rendered_page_with_seal_is_found()
    {
        using var page = ScanSampleBuilder.RenderPage(new ScanPageOptions { Seal = true });

        Assert.Equal(SealStatus.Found, SealDetector.Detect(page));
    }

    [Fact]
    public void Rendered_page_with_red_letterhead_and_title_is_not_found()
    {
        using var page = ScanSampleBuilder.RenderPage(new ScanPageOptions { RedLetterhead = true, RedTitle = true });

        Assert.Equal(SealStatus.NotFound, SealDetector.Detect(page));
    }

    [Fact]
    public void Gray8_bitmap_is_undetermined()
    {
        using var page = ScanSampleBuilder.RenderPage(new ScanPageOptions { Seal = true, Rendering = ScanRendering.Grayscale });

        Assert.Equal(SKColorType.Gray8, page.ColorType);
        Assert.Equal(SealStatus.Undetermined, SealDetector.Detect(page));
    }

    [Fact]
    public void Colour_bitmap_with_only_grey_pixels_is_undetermined()
    {
        using var page = new SKBitmap(new SKImageInfo(1240, 1754, SKColorType.Rgba8888, SKAlphaType.Premul));
        page.Erase(SKColors.White);
        using (var canvas = new SKCanvas(page))
        using (var ink = new SKPaint { Color = new SKColor(30, 30, 30) })
        {
            canvas.DrawRect(SKRect.Create(100, 200, 1000, 40), ink);
        }

        Assert.Equal(SealStatus.Undetermined, SealDetector.Detect(page));
    }

    [Fact]
    public void Solid_red_disk_is_not_a_seal()
    {
        using var page = BlankPage();
        using (var canvas = new SKCanvas(page))
        using (var red = new SKPaint { Color = new SKColor(210, 30, 40), IsAntialias = true })
        {
            canvas.DrawCircle(800, 1400, 120, red);
        }

        Assert.Equal(SealStatus.NotFound, SealDetector.Detect(page));
    }

    [Fact]
    public void Plain_red_ring_of_seal_size_is_found()
    {
        using var page = BlankPage();
        using (var canvas = new SKCanvas(page))
        using (var red = new SKPaint { Color = new SKColor(200, 40, 50), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 8 })
        {
            canvas.DrawCircle(800, 1400, 120, red);
        }

        Assert.Equal(SealStatus.Found, SealDetector.Detect(page));
    }

    [Fact]
    public void Tiny_red_ring_like_a_bullet_mark_is_not_a_seal()
    {
        using var page = BlankPage();
        using (var canvas = new SKCanvas(page))
        using (var red = new SKPaint { Color = new SKColor(200, 40, 50), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 3 })
        {
            canvas.DrawCircle(300, 300, 30, red);
        }

        Assert.Equal(SealStatus.NotFound, SealDetector.Detect(page));
    }

    [Fact]
    public void Blue_ring_is_not_a_red_seal()
    {
        using var page = BlankPage();
        using (var canvas = new SKCanvas(page))
        using (var blue = new SKPaint { Color = new SKColor(40, 60, 200), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 8 })
        {
            canvas.DrawCircle(800, 1400, 120, blue);
        }

        Assert.Equal(SealStatus.NotFound, SealDetector.Detect(page));
    }

    [Fact]
    public void Red_rectangle_outline_is_not_a_seal()
    {
        using var page = BlankPage();
        using (var canvas = new SKCanvas(page))
        using (var red = new SKPaint { Color = new SKColor(200, 40, 50), Style = SKPaintStyle.Stroke, StrokeWidth = 8 })
        {
            canvas.DrawRect(SKRect.Create(680, 1280, 240, 240), red);
        }

        Assert.Equal(SealStatus.NotFound, SealDetector.Detect(page));
    }

    [Fact]
    public void Document_with_any_sealed_page_is_found_and_only_all_grey_is_undetermined()
    {
        Assert.Equal(SealStatus.Found, SealDetector.Combine([SealStatus.Undetermined, SealStatus.NotFound, SealStatus.Found]));
        Assert.Equal(SealStatus.NotFound, SealDetector.Combine([SealStatus.Undetermined, SealStatus.NotFound]));
        Assert.Equal(SealStatus.Undetermined, SealDetector.Combine([SealStatus.Undetermined, SealStatus.Undetermined]));
        Assert.Equal(SealStatus.Undetermined, SealDetector.Combine([]));
    }
}
