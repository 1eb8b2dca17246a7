using SkiaSharp;

namespace Pilot1X.Core.Scans;

/// <summary>
/// Judges one encoded page image (a loose JPG/PNG or an image inside a PDF page). Most pages carry no red at all:
/// a JPEG is first looked at in a 1/8 preview and only decoded at working size when some red (or no colour) shows.
/// </summary>
internal static class PageImageAnalyzer
{
    /// <param name="pageSpan">See <see cref="SealDetector.Detect(ScanRaster, double)"/>.</param>
    public static SealStatus Analyze(byte[] encoded, string subject, CancellationToken cancellationToken, double pageSpan = 1)
    {
        using var data = SKData.CreateCopy(encoded);
        using var codec = ScanImageDecoder.Open(data, subject);
        if (ScanImageDecoder.IsStoredGray(codec))
        {
            return SealStatus.Undetermined;
        }

        if (ScanImageDecoder.Preview(codec, subject) is { } preview && RedInkMap.RulesOutSeal(preview))
        {
            return SealStatus.NotFound;
        }

        return SealDetector.Detect(ScanImageDecoder.Decode(codec, subject, cancellationToken), pageSpan);
    }
}
