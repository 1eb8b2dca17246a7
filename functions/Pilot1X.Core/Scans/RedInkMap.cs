namespace Pilot1X.Core.Scans;

/// <summary>
/// Which pixels of a page are seal-red ink, plus whether the page carries any colour at all.
/// Red is an HSV hue within about −25°…+18° of pure red with enough chroma: tuned so faded, pinkish stamp ink
/// (≈ 235,150,160) counts while orange, magenta, brown, blue headings and JPEG colour fringes do not.
/// </summary>
internal sealed class RedInkMap
{
    /// <summary>A channel spread at or above this is colour; JPEG of grey content stays below it.</summary>
    private const int ColourSpread = 4;

    /// <summary>Below this share of coloured pixels the page is a grayscale scan stored in colour.</summary>
    private const double ColourlessShare = 0.0002;

    private RedInkMap(int width, int height, byte[] mask, double colouredShare)
    {
        ColouredShare = colouredShare;
        Width = width;
        Height = height;
        Mask = mask;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>1 where the pixel is red ink, row-major.</summary>
    public byte[] Mask { get; }

    /// <summary>True when (practically) every pixel is grey: such a page cannot show whether a red seal is there.</summary>
    public bool IsColourless => ColouredShare < ColourlessShare;

    /// <summary>Share of pixels whose channels differ by at least <see cref="ColourSpread"/>.</summary>
    public double ColouredShare { get; }

    public static RedInkMap Build(ScanRaster raster)
    {
        var rgb = raster.Rgb;
        var mask = new byte[raster.Width * raster.Height];
        var coloured = 0;
        for (int p = 0, i = 0; p < mask.Length; p++, i += 3)
        {
            int r = rgb[i], g = rgb[i + 1], b = rgb[i + 2];
            var max = Math.Max(r, Math.Max(g, b));
            var spread = max - Math.Min(r, Math.Min(g, b));
            if (spread < ColourSpread)
            {
                continue;
            }

            coloured++;
            if (IsRed(r, g, b, max, spread))
            {
                mask[p] = 1;
            }
        }

        return new RedInkMap(raster.Width, raster.Height, mask, (double)coloured / mask.Length);
    }

    private static bool IsRed(int r, int g, int b, int max, int spread)
    {
        // Red must dominate, be bright enough to be ink rather than dark text, and have clear chroma.
        if (r != max || r < 100 || r - Math.Max(g, b) < 40)
        {
            return false;
        }

        // Hue = 60° · (g − b) / spread: keep −25° (pinkish) … +18° (vermilion).
        var hue = g - b;
        return hue * 10 <= spread * 3 && hue * 12 >= -spread * 5;
    }
}
