using Pilot1X.Core.Attribution;
using Pilot1X.Core.Certificates;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Questionnaires;
using Pilot1X.Core.Roster;
using Pilot1X.Core.Scans;
using Pilot1X.Core.Templates;
using Pilot1X.Core.Word;

namespace Pilot1X.Core.Checking;

/// <summary>One received file (or one container-level problem) on its way through a check.</summary>
internal sealed class ReceivedItem(SubmissionOrigin origin, DetectedFormat format, string contentHash)
{
    public SubmissionOrigin Origin { get; } = origin;

    public DetectedFormat Format { get; } = format;

    /// <summary>SHA-256 of the bytes: the same content twice counts once.</summary>
    public string ContentHash { get; } = contentHash;

    public MaterialKind Kind { get; set; }

    public WordOutline? Outline { get; set; }

    public OutlineCheck? OutlineCheck { get; set; }

    public ScanAnalysis? Scan { get; set; }

    /// <summary>For a questionnaire export: its answers as counted from the file.</summary>
    public QuestionnaireExport? Questionnaire { get; set; }

    /// <summary>A questionnaire export (a table of answers), counted or refused: never a material of one institution.</summary>
    public bool IsQuestionnaireExport { get; set; }

    /// <summary>An older export of the same questionnaire, replaced by a newer one.</summary>
    public bool IsOlderExport { get; set; }

    /// <summary>For a current evaluation or summary report of an institution with roster certificates: what it says of each.</summary>
    public IReadOnlyList<CertificateEvidence>? Certificates { get; set; }

    /// <summary>For loose scan pages: the name shared by the pages of one scan, and this page's number.</summary>
    public (string Key, int Page)? ScanPage { get; set; }

    /// <summary>For a scan made of loose page images: every page's display path, in page order.</summary>
    public IReadOnlyList<string>? ScanPageFiles { get; set; }

    /// <summary>For a loose page folded into another page's scan: the page that stands for the whole scan.</summary>
    public ReceivedItem? FoldedInto { get; set; }

    public List<Finding> Findings { get; } = [];

    public Institution? Institution { get; set; }

    /// <summary>How it arrived (set by the filing gate): who it may be filed for.</summary>
    public SubmissionChannel Channel { get; set; } = SubmissionChannel.Direct;

    /// <summary>Set when the filing gate held it for the office instead of filing it (its <see cref="Institution"/> is then null).</summary>
    public HeldFiling? Held { get; set; }

    /// <summary>True for a container-level problem (an unsafe archive, a link instead of a file) rather than a material.</summary>
    public bool IsContainerProblem { get; init; }

    public bool IsDuplicate { get; set; }

    public bool IsSuperseded { get; set; }

    public bool IsWord => Format.Format is FileFormat.Docx or FileFormat.Doc or FileFormat.Wps;

    public bool IsScan => Format.Format is FileFormat.Pdf or FileFormat.Image;

    public bool IsMaterial => !IsContainerProblem && (IsWord || IsScan);

    public bool HasError => Findings.Any(CompletenessImpact.Blocks);

    public string FileName => Origin.FileName;

    public string DisplayPath => Origin.DisplayPath;
}
