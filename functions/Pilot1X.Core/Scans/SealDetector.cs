using System.Runtime.InteropServices;
using SkiaSharp;

namespace Pilot1X.Core.Scans;

/// <summary>
/// Looks for a red official seal (公章: a red ring with a star and arc text) on one page image.
/// Grayscale and bilevel pages cannot show red, so they are <see cref="SealStatus.Undetermined"/>, not "missing".
/// </summary>
public static class SealDetector
{
    /// <summary>Checks one page; a large bitmap is analysed on a down-scaled copy read row by row.</summary>
    public static SealStatus Detect(SKBitmap page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.ColorType is SKColorType.Gray8 or SKColorType.Alpha8 || page.Width <= 0 || page.Height <= 0)
        {
            return SealStatus.Undetermined;
        }

        using var pixmap = page.PeekPixels();
        var reducer = new RasterReducer(page.Width, page.Height);
        var rowInfo = new SKImageInfo(page.Width, 1, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var row = GC.AllocateArray<byte>(rowInfo.RowBytes, pinned: true);
        var address = Marshal.UnsafeAddrOfPinnedArrayElement(row, 0);
        for (var y = 0; y < reducer.SourceRowsNeeded; y++)
        {
            pixmap.ReadPixels(rowInfo, address, rowInfo.RowBytes, 0, y);
            reducer.AddRgbaRow(row);
        }

        return Detect(reducer.ToRaster());
    }

    /// <param name="page">The page image, down-scaled.</param>
    /// <param name="pageSpan">How many times the page's short side is the image's width: 1 for a full-page scan,
    /// about 5 for a 4 cm seal image placed on an A4 PDF page.</param>
    internal static SealStatus Detect(ScanRaster page, double pageSpan = 1)
    {
        var map = RedInkMap.Build(page);
        if (map.IsColourless)
        {
            return SealStatus.Undetermined;
        }

        foreach (var blob in RedInkBlobs.Find(map))
        {
            var pageShortSide = pageSpan == 1 ? Math.Min(page.Width, page.Height) : page.Width * pageSpan;
            if (SealRingShape.IsSeal(map, blob, pageShortSide))
            {
                return SealStatus.Found;
            }
        }

        return SealStatus.NotFound;
    }

    /// <summary>A document is sealed when any page is; it is undetermined only when no page could show colour.</summary>
    internal static SealStatus Combine(IEnumerable<SealStatus> pages)
    {
        var result = SealStatus.Undetermined;
        foreach (var page in pages)
        {
            if (page == SealStatus.Found)
            {
                return SealStatus.Found;
            }

            if (page == SealStatus.NotFound)
            {
                result = SealStatus.NotFound;
            }
        }

        return result;
    }
}
