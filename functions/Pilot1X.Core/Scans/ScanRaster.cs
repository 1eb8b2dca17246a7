namespace Pilot1X.Core.Scans;

/// <summary>A down-scaled, opaque RGB working copy of one page image (3 bytes a pixel): small enough to analyse in a few milliseconds.</summary>
internal sealed class ScanRaster(int width, int height, byte[] rgb)
{
    /// <summary>Longest side the analysis works at: a 4 cm seal ring stays several pixels thick, memory stays bounded.</summary>
    public const int WorkingLongSide = 1200;

    public int Width { get; } = width;

    public int Height { get; } = height;

    /// <summary>Row-major R, G, B bytes.</summary>
    public byte[] Rgb { get; } = rgb;
}
