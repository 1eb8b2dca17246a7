using Azure.Data.Tables;
using Pilot1X.Core.Certificates;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;
using Pilot1X.Storage.Pipeline;
using Pilot1X.Storage.Tables;

namespace Pilot1X.Storage.Reporting;

/// <summary>
/// Turns the stored rows into the office's view. Completeness comes from the status rows as they are; which file counts
/// comes from <see cref="CompletenessEvaluator.CurrentVersions"/>, so seal, sections and findings are those of the current
/// versions — findings on a file a later submission replaced are history, not a reason to chase the institution.
/// </summary>
internal sealed class OfficeSnapshot(InstitutionRoster roster, DateTimeOffset asOf, DateTimeOffset deadline)
{
    public DashboardData Assemble(IReadOnlyList<InstitutionStatus> statuses, IReadOnlyList<StoredDocumentRow> documents,
        IReadOnlyList<TableEntity> findings, IReadOnlyList<TableEntity> submissions)
    {
        var status = statuses.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var received = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var submission in submissions)
        {
            received.TryAdd(submission.RowKey, submission.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue);
        }

        var documentsOf = documents.ToLookup(d => d.Partition, StringComparer.Ordinal);
        var ordered = findings
            .OrderBy(f => received.GetValueOrDefault(f.PartitionKey))
            .ThenBy(f => f.PartitionKey, StringComparer.Ordinal)
            .ThenBy(f => f.RowKey, StringComparer.Ordinal)
            .ToList();
        var findingsOf = ordered.ToLookup(f => f.GetString("Institution") ?? string.Empty, StringComparer.Ordinal);

        var rows = new List<OfficeRow>();
        var shown = new List<DashboardDocument>();
        foreach (var institution in roster.Institutions)
        {
            var own = documentsOf[TableKey.Encode(institution.Name)].ToList();
            var current = new HashSet<MaterialEvidence>(
                CompletenessEvaluator.CurrentVersions(own.Where(d => d.Evidence is not null).Select(d => d.Evidence!)), ReferenceEqualityComparer.Instance);
            rows.Add(RowOf(institution, status.GetValueOrDefault(institution.Name), own, current, findingsOf[institution.Name]));
            shown.AddRange(own.Select(d => DocumentOf(institution, d, current.Contains(d.Evidence!), received)));
        }

        var unattributed = findingsOf[string.Empty].Select(f => new OfficeFinding(null, FindingOf(f))).ToList();
        var timeline = submissions
            .Select(s => new DashboardSubmission(s.RowKey, s.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
                (s.GetString("Institutions") ?? string.Empty).Split('、', StringSplitOptions.RemoveEmptyEntries)))
            .OrderBy(s => s.ReceivedAt)
            .ToList();
        return new DashboardData(new OfficeSummary(asOf, deadline, rows, unattributed), shown, timeline);
    }

    private static OfficeRow RowOf(Institution institution, InstitutionStatus? status, List<StoredDocumentRow> documents,
        HashSet<MaterialEvidence> current, IEnumerable<TableEntity> findings)
    {
        // As `pilot1x status` counts: an institution with a status row sent something, even if nothing of it counts yet.
        if (status is null)
        {
            var empty = CompletenessEvaluator.Evaluate(institution, []);
            return new OfficeRow(institution, OfficeStatus.NothingReceived, empty.Materials, null, null, null, null,
                [.. empty.Missing, .. findings.Select(FindingOf)])
            {
                Certificates = CertificateEvaluator.Evaluate(institution, [], []),
            };
        }

        var counting = documents.Where(d => d.Evidence is not null && current.Contains(d.Evidence)).ToList();
        var replaced = documents.Where(d => d.Evidence is not null && !current.Contains(d.Evidence))
            .Select(d => (d.Document.SubmissionId, d.Document.File)).ToHashSet();
        var seal = counting.Where(d => d.Document.Kind == MaterialKind.Summary && !d.Evidence!.IsWord && d.Document.Seal is not null)
            .OrderBy(d => d.Evidence!.ReceivedAt).Select(d => d.Document.Seal).LastOrDefault();
        var reports = counting.Where(d => d.Document.TemplateSections is not null && d.Document.Kind is MaterialKind.Summary or MaterialKind.Evaluation).ToList();
        var evidence = documents.Where(d => d.Evidence is not null).Select(d => d.Evidence!.ReceivedAt).ToList();
        var open = findings.Where(f => !replaced.Contains((f.PartitionKey, f.GetString("File") ?? string.Empty))).Select(FindingOf);
        return new OfficeRow(institution, status.Complete ? OfficeStatus.Complete : OfficeStatus.Incomplete, status.Materials, seal,
            reports.Count == 0 ? null : reports.Sum(d => d.Document.TemplateSections!.Count),
            reports.Count == 0 ? null : reports.Sum(d => OfficeSummary.OutlineSize(d.Document.Kind)),
            evidence.Count == 0 ? null : evidence.Max(),
            [.. status.Findings, .. open])
        {
            Certificates = CertificateEvaluator.Evaluate(institution, CertificatesOf(counting, MaterialKind.Evaluation), CertificatesOf(counting, MaterialKind.Summary)),
        };
    }

    private static IReadOnlyList<IReadOnlyList<CertificateEvidence>> CertificatesOf(List<StoredDocumentRow> counting, MaterialKind kind) =>
        [.. counting.Where(d => d.Document.Kind == kind && d.Document.Certificates is not null).Select(d => d.Document.Certificates!)];

    private static DashboardDocument DocumentOf(Institution institution, StoredDocumentRow row, bool current, Dictionary<string, DateTimeOffset> received) =>
        row.Document with
        {
            Institution = institution.Name,
            Current = current,
            ReceivedAt = row.Document.ReceivedAt ?? (received.TryGetValue(row.Document.SubmissionId, out var at) ? at : null),
        };

    private static Finding FindingOf(TableEntity row) => new(
        row.GetString("Code") ?? string.Empty,
        Enum.TryParse<Severity>(row.GetString("Severity"), ignoreCase: true, out var severity) ? severity : Severity.Info,
        row.GetString("File"),
        row.GetString("Message") ?? string.Empty,
        row.GetString("Suggestion"));
}
