using Pilot1X.Core.Materials;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>
/// What the provincial office reads instead of opening hundreds of attachments: one row per roster institution
/// and every finding, including those on files nobody could be attributed to.
/// </summary>
public sealed record OfficeSummary(DateTimeOffset AsOf, DateTimeOffset Deadline, IReadOnlyList<OfficeRow> Rows, IReadOnlyList<OfficeFinding> Unattributed)
{
    /// <summary>Every finding: per institution in roster order, then the unattributed ones.</summary>
    public IEnumerable<OfficeFinding> AllFindings =>
        Rows.SelectMany(r => r.Findings.Select(f => new OfficeFinding(r.Institution.Name, f))).Concat(Unattributed);

    /// <summary>The 未交名单.</summary>
    public IEnumerable<OfficeRow> NothingReceived => Rows.Where(r => r.Status == OfficeStatus.NothingReceived);

    /// <summary>How many institutions have <paramref name="status"/>, optionally of one level only.</summary>
    public int Count(OfficeStatus status, SchoolLevel? level = null) =>
        Rows.Count(r => r.Status == status && (level is null || r.Institution.Level == level));

    /// <summary>The office's view of a check run.</summary>
    public static OfficeSummary FromCheck(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Institutions.Select(RowOf).ToList();
        var unattributed = report.Unassigned.SelectMany(u => u.Findings.Select(f => new OfficeFinding(null, f))).ToList();
        return new OfficeSummary(report.AsOf, report.Deadline, rows, unattributed);
    }

    private static OfficeRow RowOf(InstitutionReport institution)
    {
        var status = institution.Complete ? OfficeStatus.Complete
            : institution.NothingReceived ? OfficeStatus.NothingReceived
            : OfficeStatus.Incomplete;
        var current = institution.Documents.Where(d => d.Status is null).ToList();
        var seal = current.Where(d => d.Kind == MaterialKind.Summary && d.Seal is not null).Select(d => d.Seal).LastOrDefault();
        var reports = current.Where(d => d.Sections is not null && d.Kind is MaterialKind.Summary or MaterialKind.Evaluation).ToList();
        int? found = reports.Count == 0 ? null
            : reports.Sum(d => d.Sections!.Where(s => s.Template is not null).Select(s => s.Template).Distinct().Count());
        int? expected = reports.Count == 0 ? null : reports.Sum(d => OutlineSize(d.Kind));
        var received = institution.Documents.Where(d => d.Evidence is not null).Select(d => d.Evidence!.ReceivedAt).ToList();
        return new OfficeRow(institution.Institution, status, institution.Materials, seal, found, expected,
            received.Count == 0 ? null : received.Max(), institution.Findings)
        {
            Certificates = institution.Certificates,
        };
    }

    /// <summary>How many top-level sections the notice prescribes for the material's report.</summary>
    public static int OutlineSize(MaterialKind kind) => kind switch
    {
        MaterialKind.Summary => Templates.OutlineTemplate.Summary.Sections.Count,
        MaterialKind.Evaluation => Templates.OutlineTemplate.Evaluation.Sections.Count,
        _ => 0,
    };
}
