namespace Pilot1X.Core.Scans;

/// <summary>
/// Decides whether a red blob is shaped like an official seal: a roughly round outline of plausible size
/// (a 4 cm seal is ≈ 19 % of an A4 page's width; 10 %–45 % is accepted), red all the way round its rim,
/// with clearly less red just inside the rim than on it (the star and the arc text never fill that band)
/// and almost none in the corners of its box (a round outline, not a frame).
/// A letterhead rule or a line of red title text fails the roundness test; a solid red shape fails the hollow test.
/// </summary>
internal static class SealRingShape
{
    private const double MinDiameterShare = 0.10;
    private const double MaxDiameterShare = 0.45;
    private const double MaxAspect = 1.4;
    private const int Bins = 30; // radial bins of 0.05 radius, up to 1.5 (the box corners are at 1.41)
    private const int Sectors = 48;
    private const double MinRimCoverage = 0.7;
    private const double MinRimDensity = 0.25;
    private const double MaxInnerToRim = 0.55;
    private const double MaxCornerToRim = 0.2;

    /// <param name="pageShortSide">The page's short side in pixels of this image (larger than the image when it covers only part of a PDF page).</param>
    public static bool IsSeal(RedInkMap map, (int Left, int Top, int Right, int Bottom) blob, double pageShortSide) =>
        Measure(map, blob, pageShortSide) is { } ring
        && ring.RimCoverage >= MinRimCoverage && ring.RimDensity >= MinRimDensity
        && ring.InnerDensity <= ring.RimDensity * MaxInnerToRim && ring.CornerDensity <= ring.RimDensity * MaxCornerToRim;

    /// <summary>The ring measurements of a blob of seal-like size and roundness, or null when it is not one.</summary>
    internal static RingMeasure? Measure(RedInkMap map, (int Left, int Top, int Right, int Bottom) blob, double pageShortSide)
    {
        var (left, top, right, bottom) = Tighten(map, blob);
        double width = right - left, height = bottom - top;
        var shortSide = pageShortSide;
        var diameter = (width + height) / 2;
        if (width <= 0 || height <= 0
            || diameter < shortSide * MinDiameterShare || diameter > shortSide * MaxDiameterShare
            || width / height > MaxAspect || height / width > MaxAspect)
        {
            return null;
        }

        double cx = (left + right) / 2.0, cy = (top + bottom) / 2.0, rx = width / 2, ry = height / 2;
        var red = new int[Bins];
        var all = new int[Bins];
        var rim = new bool[Sectors];
        for (var y = top; y < bottom; y++)
        {
            var dy = (y + 0.5 - cy) / ry;
            var row = y * map.Width;
            for (var x = left; x < right; x++)
            {
                var dx = (x + 0.5 - cx) / rx;
                var rho = Math.Sqrt((dx * dx) + (dy * dy));
                var bin = (int)(rho * 20);
                if (bin >= Bins)
                {
                    continue;
                }

                all[bin]++;
                if (map.Mask[row + x] == 0)
                {
                    continue;
                }

                red[bin]++;
                if (rho is >= 0.78 and < 1.1)
                {
                    var sector = (int)((Math.Atan2(dy, dx) + Math.PI) / (2 * Math.PI) * Sectors);
                    rim[Math.Min(sector, Sectors - 1)] = true;
                }
            }
        }

        var coverage = rim.Count(covered => covered) / (double)Sectors;
        var rimDensity = 0.0;
        for (var bin = 16; bin < 20; bin++)
        {
            rimDensity = Math.Max(rimDensity, Density(red, all, bin, bin + 1));
        }

        var inner = Density(red, all, 9, 15); // 0.45 … 0.75 of the radius
        var corners = Density(red, all, 24, Bins); // outside 1.2 of the radius: empty for a circle, inked for a box
        return new RingMeasure(diameter / shortSide, coverage, rimDensity, inner, corners);
    }

    /// <param name="DiameterShare">Diameter relative to the page's short side.</param>
    /// <param name="RimCoverage">Share of directions with red on the rim.</param>
    /// <param name="RimDensity">Red share of the densest rim band.</param>
    /// <param name="InnerDensity">Red share between the star and the rim.</param>
    /// <param name="CornerDensity">Red share in the corners of the bounding box, outside the circle.</param>
    internal sealed record RingMeasure(double DiameterShare, double RimCoverage, double RimDensity, double InnerDensity, double CornerDensity);

    private static double Density(int[] red, int[] all, int from, int to)
    {
        long r = 0, a = 0;
        for (var bin = from; bin < to; bin++)
        {
            r += red[bin];
            a += all[bin];
        }

        return a == 0 ? 0 : (double)r / a;
    }

    /// <summary>The blob box is cell-aligned; shrink it to the red pixels so the circle fit is exact.</summary>
    private static (int, int, int, int) Tighten(RedInkMap map, (int Left, int Top, int Right, int Bottom) blob)
    {
        int minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1;
        for (var y = blob.Top; y < blob.Bottom; y++)
        {
            var line = map.Mask.AsSpan((y * map.Width) + blob.Left, blob.Right - blob.Left);
            var first = line.IndexOf((byte)1);
            if (first < 0)
            {
                continue;
            }

            minY = Math.Min(minY, y);
            maxY = y;
            minX = Math.Min(minX, blob.Left + first);
            maxX = Math.Max(maxX, blob.Left + line.LastIndexOf((byte)1));
        }

        return maxX < 0 ? (0, 0, 0, 0) : (minX, minY, maxX + 1, maxY + 1);
    }
}
