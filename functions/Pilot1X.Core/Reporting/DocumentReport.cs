using Pilot1X.Core.Certificates;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Scans;

namespace Pilot1X.Core.Reporting;

/// <summary>
/// One received document. Word documents carry sections, 字数 and pictures; scans carry pages and seal;
/// the members that do not apply are null and left out of the JSON.
/// </summary>
public sealed record DocumentReport(string File, MaterialKind Kind, FileFormat Format)
{
    public IReadOnlyList<SectionReport>? Sections { get; init; }

    public int? Chars { get; init; }

    public int? Images { get; init; }

    public int? CaptionedImages { get; init; }

    public int? Pages { get; init; }

    public SealStatus? Seal { get; init; }

    /// <summary>For a scan sent as loose page images: every page file.</summary>
    public IReadOnlyList<string>? PageFiles { get; init; }

    /// <summary>Set when another version or an identical copy of it counts instead.</summary>
    public string? Status { get; init; }

    /// <summary>What completeness needs of it (null when it does not count: unknown material, duplicate, superseded).</summary>
    public MaterialEvidence? Evidence { get; init; }

    /// <summary>
    /// For a current evaluation or summary Word report of an institution with roster certificates: what it says of each
    /// (not part of the contract's document object; the institution's <c>certificates</c> are made from it).
    /// </summary>
    public IReadOnlyList<CertificateEvidence>? Certificates { get; init; }

    /// <summary>SHA-256 of its bytes (hex).</summary>
    public string? ContentHash { get; init; }
}
