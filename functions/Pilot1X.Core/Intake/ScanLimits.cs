namespace Pilot1X.Core.Intake;

/// <summary>
/// Bounds on the work one stamped scan may cause, checked from image headers and PDF dictionaries before anything is
/// decoded. A scan beyond them still counts as a scan with its page count, but its seal is undetermined (with the reason).
/// </summary>
public sealed record ScanLimits
{
    /// <summary>Pixels of one page image (an A4 page at 600 dpi is 35 MP; above this it is not a scan).</summary>
    public long MaxImagePixels { get; init; } = 100_000_000;

    /// <summary>
    /// Decoded bytes (width × height × channels × bits) of an image that can only be decoded whole (not JPEG, not
    /// 8-bit RGB Flate, which are read row by row): an A4 page at 300 dpi in RGB is 26 MB.
    /// </summary>
    public long MaxWholeDecodeBytes { get; init; } = 32L << 20;

    /// <summary>Pages of one PDF that are judged; a longer PDF is counted but its seal is not judged.</summary>
    public int MaxPages { get; init; } = 300;

    /// <summary>Images placed on the pages of one PDF (an image shared by many pages counts once a page).</summary>
    public int MaxImages { get; init; } = 600;

    /// <summary>Pixels of the distinct images decoded for one document (100 A4 pages at 300 dpi are 870 MP).</summary>
    public long MaxDocumentPixels { get; init; } = 1_500_000_000;

    /// <summary>Pages read and judged together (in parallel): a small group keeps memory bounded whatever the page count.</summary>
    public int PagesJudgedAtOnce { get; init; } = 2;

    public static ScanLimits Default { get; } = new();
}
