namespace Pilot1X.Core.Intake;

/// <summary>Bounds on what one submission may expand to: archives and emails beyond them are ARCHIVE_UNSAFE.</summary>
public sealed record IntakeLimits
{
    /// <summary>Entries in one archive, counted across nesting.</summary>
    public int MaxEntries { get; init; } = 2000;

    /// <summary>Uncompressed bytes of all entries of one top-level input, across nesting.</summary>
    public long MaxTotalBytes { get; init; } = 1L << 30;

    /// <summary>Uncompressed bytes of one entry or attachment.</summary>
    public long MaxEntryBytes { get; init; } = 256L << 20;

    /// <summary>Uncompressed/compressed ratio above which an entry counts as a bomb (when large enough to matter).</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Containers inside containers: an email holding a zip holding a zip is depth 2.</summary>
    public int MaxDepth { get; init; } = 3;

    /// <summary>What may be read from the parts of one Office file (.docx) once it is out of its container.</summary>
    public OfficePackageLimits Office { get; init; } = OfficePackageLimits.Default;

    /// <summary>What may be read from one questionnaire export (.xlsx or .csv).</summary>
    public QuestionnaireLimits Questionnaire { get; init; } = QuestionnaireLimits.Default;

    /// <summary>
    /// Bytes of one message's header block (up to the first empty line). Mail clients write a few KiB; a mail past this
    /// is not MIME-parsed at all, because header parsing costs time out of all proportion to the bytes.
    /// </summary>
    public int MaxHeaderBytes { get; init; } = 256 << 10;

    public static IntakeLimits Default { get; } = new();
}
