using System.Text;
using SkiaSharp;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Pilot1X.Samples;

/// <summary>
/// Builds stamped-scan submissions (盖章扫描版) in code: A4 page images as JPEG or PNG, PDFs of JPEG pages as scanners
/// and img2pdf make them, and the broken files that really arrive (cut PDFs, corrupt JPEGs, bomb-sized PNG headers).
/// </summary>
public static class ScanSampleBuilder
{
    /// <summary>Renders one page; grayscale pages come back as one-channel bitmaps. The caller disposes it.</summary>
    public static SKBitmap RenderPage(ScanPageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var page = new ScanPageRenderer(options).Render();
        switch (options.Rendering)
        {
            case ScanRendering.Grayscale:
                using (page)
                {
                    return ToGray(page);
                }

            case ScanRendering.Bilevel:
                Threshold(page);
                return page;
            default:
                return page;
        }
    }

    /// <summary>The page as a JPEG (one channel when grayscale, like a scanner's grayscale mode).</summary>
    public static byte[] PageJpeg(ScanPageOptions options, int quality = 85)
    {
        using var page = RenderPage(options);
        using var data = page.Encode(SKEncodedImageFormat.Jpeg, quality);
        return data.ToArray();
    }

    public static byte[] PagePng(ScanPageOptions options)
    {
        using var page = RenderPage(options);
        using var data = page.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A PDF with one full-page JPEG image per page.</summary>
    public static byte[] Pdf(IReadOnlyList<ScanPageOptions> pages) => BuildPdf(pages, lossless: false);

    /// <summary>A PDF whose page images are lossless (Flate-compressed RGB), as some scanner drivers write them.</summary>
    public static byte[] PdfOfPngPages(IReadOnlyList<ScanPageOptions> pages) => BuildPdf(pages, lossless: true);

    /// <summary>The same PDF cut off part-way, as an interrupted upload or download leaves it.</summary>
    public static byte[] TruncatedPdf(IReadOnlyList<ScanPageOptions> pages, double keptShare = 0.6)
    {
        var pdf = Pdf(pages);
        return pdf.AsSpan(0, (int)(pdf.Length * keptShare)).ToArray();
    }

    /// <summary>
    /// The same PDF protected by a password the checker does not know: its trailer declares the standard security
    /// handler (RC4, revision 2) with owner/user hashes that match no password, as a PDF saved "with open password" does.
    /// </summary>
    public static byte[] PasswordProtectedPdf(IReadOnlyList<ScanPageOptions> pages)
    {
        var pdf = Pdf(pages);
        var trailer = pdf.AsSpan().LastIndexOf("trailer"u8);
        var open = pdf.AsSpan(trailer).IndexOf("<<"u8) + trailer + 2;
        var hash = new string('7', 64);
        var encrypt = Encoding.ASCII.GetBytes($" /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{hash}> /U <{hash}> >> ");
        return [.. pdf.AsSpan(0, open), .. encrypt, .. pdf.AsSpan(open)];
    }

    /// <summary>
    /// A PDF whose <paramref name="pages"/> pages all show one <paramref name="side"/>×<paramref name="side"/> colour JPEG,
    /// stored once as one image object (as a hostile or broken generator writes it): small on disk, yet decoding every
    /// page's image naively costs pages × side² pixels.
    /// </summary>
    public static byte[] PdfSharingOneImage(int pages, int side)
    {
        byte[] jpeg;
        using (var bitmap = new SKBitmap(new SKImageInfo(side, side, SKColorType.Rgba8888, SKAlphaType.Opaque)))
        {
            bitmap.Erase(new SKColor(250, 248, 240));
            using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 30);
            jpeg = data.ToArray();
        }

        using var builder = new PdfDocumentBuilder();
        PdfPageBuilder.AddedImage? shared = null;
        for (var i = 0; i < pages; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            var area = new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height);
            if (shared is null)
            {
                shared = page.AddJpeg(jpeg, area);
            }
            else
            {
                page.AddJpeg(shared, area);
            }
        }

        return builder.Build();
    }

    /// <summary>A text-only PDF (exported from Word rather than scanned): no page image at all.</summary>
    public static byte[] TextOnlyPdf(int pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        for (var i = 0; i < pages; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Summary report, page " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 12, new PdfPoint(72, 760), font);
        }

        return builder.Build();
    }

    /// <summary>
    /// A Word-exported PDF (text only) with an electronic seal: a 4.2 cm PNG of just the seal placed on the last page.
    /// </summary>
    public static byte[] ElectronicSealPdf(int pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        for (var i = 0; i < pages; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Summary report", 12, new PdfPoint(72, 760), font);
            if (i == pages - 1)
            {
                var side = 42 / 25.4 * 72; // 4.2 cm in points
                page.AddPng(SealImagePng(), new PdfRectangle(380, 120, 380 + side, 120 + side));
            }
        }

        return builder.Build();
    }

    /// <summary>A JPEG whose header segments were overwritten (a damaged file that still starts like a JPEG).</summary>
    public static byte[] CorruptJpeg(ScanPageOptions options)
    {
        var jpeg = PageJpeg(options);
        var random = new Random(7);
        for (var i = 2; i < Math.Min(jpeg.Length, 600); i++)
        {
            jpeg[i] = (byte)random.Next(256);
        }

        return jpeg;
    }

    /// <summary>A JPEG cut off part-way, as an interrupted transfer leaves it.</summary>
    public static byte[] TruncatedJpeg(ScanPageOptions options, double keptShare = 0.5)
    {
        var jpeg = PageJpeg(options);
        return jpeg.AsSpan(0, (int)(jpeg.Length * keptShare)).ToArray();
    }

    private static byte[] BuildPdf(IReadOnlyList<ScanPageOptions> pages, bool lossless)
    {
        ArgumentNullException.ThrowIfNull(pages);
        using var builder = new PdfDocumentBuilder();
        foreach (var options in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var area = new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height);
            if (lossless)
            {
                page.AddPng(PagePng(options), area);
            }
            else
            {
                page.AddJpeg(PageJpeg(options, options.JpegQuality), area);
            }
        }

        return builder.Build();
    }

    /// <summary>A tiny PNG that claims <paramref name="width"/>×<paramref name="height"/> pixels: decoding it naively would need gigabytes.</summary>
    public static byte[] GiantPngHeader(int width, int height) => PngBomb.Create(width, height);

    private static byte[] SealImagePng()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(300, 300, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            var mm = 300 / 42f;
            new SealStamp(new SKColor(214, 32, 42), 21 * mm, mm, wear: null).Stamp(canvas, new SKPoint(150, 150));
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static SKBitmap ToGray(SKBitmap page)
    {
        var gray = new SKBitmap(new SKImageInfo(page.Width, page.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        var source = page.GetPixelSpan();
        var target = gray.GetPixelSpan();
        for (int p = 0, i = 0; p < target.Length; p++, i += 4)
        {
            target[p] = (byte)(((source[i] * 299) + (source[i + 1] * 587) + (source[i + 2] * 114)) / 1000);
        }

        return gray;
    }

    private static void Threshold(SKBitmap page)
    {
        var pixels = page.GetPixelSpan();
        for (var i = 0; i < pixels.Length; i += 4)
        {
            var luma = ((pixels[i] * 299) + (pixels[i + 1] * 587) + (pixels[i + 2] * 114)) / 1000;
            var value = (byte)(luma < 170 ? 0 : 255);
            pixels[i] = pixels[i + 1] = pixels[i + 2] = value;
        }
    }
}
