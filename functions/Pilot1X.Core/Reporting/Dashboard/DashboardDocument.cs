using Pilot1X.Core.Certificates;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Scans;

namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>One stored document as the dashboard's detail view lists it.</summary>
/// <param name="Institution">The roster name it was attributed to.</param>
/// <param name="SubmissionId">The submission (upload or mail) it came in.</param>
/// <param name="File">Its display path as submitted (untrusted text: escape wherever it is shown).</param>
/// <param name="Kind">Which material.</param>
/// <param name="Format">Its format, judged by content.</param>
/// <param name="Current">Whether it is the version that counts for completeness (a newer one replaces it otherwise).</param>
/// <param name="Status">Set when it does not count within its submission (the contract's superseded / duplicate notes).</param>
/// <param name="ReceivedAt">When it arrived, when known.</param>
public sealed record DashboardDocument(
    string Institution,
    string SubmissionId,
    string File,
    MaterialKind Kind,
    FileFormat Format,
    bool Current,
    string? Status,
    DateTimeOffset? ReceivedAt)
{
    public int? Chars { get; init; }

    public int? Images { get; init; }

    public int? CaptionedImages { get; init; }

    public int? Pages { get; init; }

    public SealStatus? Seal { get; init; }

    /// <summary>For a scan put together from loose page images: every page's display path, in page order.</summary>
    public IReadOnlyList<string>? PageFiles { get; init; }

    /// <summary>Template sections (1-based) its outline matched, for a Word report; null for other documents.</summary>
    public IReadOnlyList<int>? TemplateSections { get; init; }

    /// <summary>For an evaluation or summary Word report: what it says of each roster certificate of its institution; null otherwise.</summary>
    public IReadOnlyList<CertificateEvidence>? Certificates { get; init; }

    /// <summary>How many top-level sections its material's template prescribes (0 when it has none).</summary>
    public int SectionsExpected => Office.OfficeSummary.OutlineSize(Kind);
}
