namespace Pilot1X.Core.Intake;

/// <summary>
/// Bounds on what is read from one Office package (.docx, .xlsx roster): its parts are zip entries too, so a small file
/// can inflate to gigabytes. Beyond them the file is ARCHIVE_UNSAFE and is not read further.
/// </summary>
public sealed record OfficePackageLimits
{
    /// <summary>Inflated bytes of one part (document.xml, styles.xml, a worksheet…): a 1,000-page report is about 20 MB.</summary>
    public long MaxPartBytes { get; init; } = 64L << 20;

    /// <summary>Inflated bytes of all parts read from one package.</summary>
    public long MaxTotalBytes { get; init; } = 128L << 20;

    /// <summary>Inflated/compressed ratio of a part above which it counts as a bomb (Word's XML is about 5–30:1).</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Below this many inflated bytes a high ratio is harmless (a short part of repeated markup).</summary>
    public long RatioFloorBytes { get; init; } = 1L << 20;

    /// <summary>Characters of paragraph text (and field instructions) kept from one document: about 1,000 pages of Chinese.</summary>
    public long MaxTextChars { get; init; } = 2_000_000;

    /// <summary>Elements open at once in a part: Word nests some twenty levels, tables in tables a few more.</summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Paragraphs kept from one document: each costs memory even when empty.</summary>
    public int MaxParagraphs { get; init; } = 100_000;

    public static OfficePackageLimits Default { get; } = new();
}
