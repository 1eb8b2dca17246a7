using Pilot1X.Core.Checking;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting.Anomalies;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>
/// What the provincial office reads instead of opening hundreds of attachments: one row per roster institution
/// and every finding, including those on files nobody could be attributed to.
/// </summary>
public sealed record OfficeSummary(DateTimeOffset AsOf, DateTimeOffset Deadline, IReadOnlyList<OfficeRow> Rows, IReadOnlyList<OfficeFinding> Unattributed)
{
    /// <summary>What needs a person beyond the institutions' materials (the report mail's 异常 section); none for a check run.</summary>
    public OfficeAnomalies Anomalies { get; init; } = OfficeAnomalies.None;

    /// <summary>Every finding: per institution in roster order, then the unattributed ones.</summary>
    public IEnumerable<OfficeFinding> AllFindings =>
        Rows.SelectMany(r => r.Findings.Select(f => new OfficeFinding(r.Institution.Name, f) { Arrival = FindingArrivals.GetValueOrDefault(f) }))
            .Concat(Unattributed);

    /// <summary>The mail or upload each stored finding came in (by reference: the same words may come twice, in two mails).</summary>
    public IReadOnlyDictionary<Finding, OfficeArrival> FindingArrivals { get; init; } =
        new Dictionary<Finding, OfficeArrival>(ReferenceEqualityComparer.Instance);

    /// <summary>Every submission taken in (mails by subject), oldest first: the report mail's 今日来件.</summary>
    public IReadOnlyList<OfficeArrival> Arrivals { get; init; } = [];

    /// <summary>The current typical-case Word documents, in roster order: the 典型案例 sheet.</summary>
    public IReadOnlyList<OfficeCase> Cases { get; init; } = [];

    /// <summary>Calendar days (China Standard Time) from the summary's day to the deadline's day; negative once that day is past.</summary>
    public int DaysLeft => CheckOptions.DaysLeft(AsOf, Deadline);

    /// <summary>Where the summary stands against the deadline, as the report mail says it: 距截止还有 2 天 / 今天截止 / 已过截止时间.</summary>
    public string DeadlineStanding => AsOf > Deadline
        ? (DaysLeft < 0 ? $"已过截止时间 {-DaysLeft} 天" : "已过截止时间")
        : DaysLeft == 0 ? "今天截止" : $"距截止还有 {DaysLeft} 天";

    /// <summary>The 未齐全 institutions.</summary>
    public IEnumerable<OfficeRow> Incomplete => Rows.Where(r => r.Status == OfficeStatus.Incomplete);

    /// <summary>The findings on files people must look at: all but MATERIAL_MISSING (what is missing is 今日需跟进's one line).</summary>
    public IEnumerable<OfficeFinding> FileFindings => AllFindings.Where(f => f.Finding.Code != FindingCode.MaterialMissing);

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
        var current = report.Institutions
            .SelectMany(i => i.Documents.Where(d => d.Status is null && d.Evidence is not null).Select(d => (i.Institution.Name, Document: d)))
            .ToList();
        // A check of files has no mails to name: each institution's files arriving at one time are one arrival.
        var arrivals = current
            .GroupBy(c => c.Document.Evidence!.ReceivedAt)
            .OrderBy(g => g.Key)
            .Select(g => new OfficeArrival(g.Key, [.. g.Select(c => c.Name).Distinct(StringComparer.Ordinal)], null))
            .ToList();
        var cases = current
            .Where(c => c.Document.Kind == MaterialKind.Case && c.Document.Evidence!.IsWord)
            .Select(c => new OfficeCase(c.Name, c.Document.File, c.Document.Chars, c.Document.Images, c.Document.CaptionedImages, c.Document.Evidence!.ReceivedAt))
            .ToList();
        return new OfficeSummary(report.AsOf, report.Deadline, rows, unattributed) { Arrivals = arrivals, Cases = cases };
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
