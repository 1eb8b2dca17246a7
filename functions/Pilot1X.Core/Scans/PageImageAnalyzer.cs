using Pilot1X.Core.Intake;
using SkiaSharp;

namespace Pilot1X.Core.Scans;

/// <summary>
/// Judges one encoded page image (a loose JPG/PNG or an image inside a PDF page), decoded once at working size.
/// A 1/8 preview to rule out red-free pages first was measured: it costs about 85 % of the working-size decode (the
/// entropy decoding is the same), so with a seal on one page in three it is slower overall, and it was dropped.
/// </summary>
internal static class PageImageAnalyzer
{
    /// <param name="pageSpan">See <see cref="SealDetector.Detect(ScanRaster, double)"/>.</param>
    public static SealStatus Analyze(byte[] encoded, string subject, ScanLimits limits, CancellationToken cancellationToken, double pageSpan = 1)
    {
        using var data = SKData.CreateCopy(encoded);
        return Analyze(data, subject, limits, cancellationToken, pageSpan);
    }

    /// <summary>Judges an image already in native memory (a loose page file is copied there once, not through managed arrays).</summary>
    public static SealStatus Analyze(SKData data, string subject, ScanLimits limits, CancellationToken cancellationToken, double pageSpan = 1)
    {
        using var codec = ScanImageDecoder.Open(data, subject, limits);
        return ScanImageDecoder.IsStoredGray(codec)
            ? SealStatus.Undetermined
            : SealDetector.Detect(ScanImageDecoder.Decode(codec, subject, limits, cancellationToken), pageSpan);
    }
}
