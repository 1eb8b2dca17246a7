using Pilot1X.Core.Certificates;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Reporting;

/// <summary>
/// Turns the stored rows into the office's view. Completeness comes from the status rows as they are; which file counts
/// comes from <see cref="CompletenessEvaluator.CurrentVersions"/>, so seal, sections and findings are those of the current
/// versions — findings on a file a later submission replaced are history, not a reason to chase the institution.
/// </summary>
internal sealed class OfficeSnapshot(InstitutionRoster roster, DateTimeOffset asOf, DateTimeOffset deadline)
{
    public DashboardData Assemble(IReadOnlyList<InstitutionStatus> statuses, IReadOnlyList<StoredDocumentRow> documents,
        IReadOnlyList<FindingRow> findings, IReadOnlyList<SubmissionRow> submissions, MailArrivals mail)
    {
        var arrivals = submissions
            .Select(s => (s.SubmissionId, Arrival: new OfficeArrival(s.ReceivedAt ?? DateTimeOffset.MinValue,
                s.Institutions ?? [], mail.SubjectOf(s.SubmissionId))))
            .ToList();
        var arrivalOf = new Dictionary<string, OfficeArrival>(StringComparer.Ordinal);
        foreach (var (id, arrival) in arrivals)
        {
            arrivalOf.TryAdd(id, arrival);
        }

        var lastReceipt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (id, arrival) in arrivals)
        {
            if (mail.ReceiptOf(id) is { } at)
            {
                foreach (var name in arrival.Institutions.Where(n => !lastReceipt.TryGetValue(n, out var known) || known < at).ToList())
                {
                    lastReceipt[name] = at;
                }
            }
        }

        var findingArrivals = new Dictionary<Finding, OfficeArrival>(ReferenceEqualityComparer.Instance);
        var status = statuses.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var received = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var submission in submissions)
        {
            received.TryAdd(submission.SubmissionId, submission.ReceivedAt ?? DateTimeOffset.MinValue);
        }

        var documentsOf = documents.ToLookup(d => d.Partition, StringComparer.Ordinal);
        var ordered = findings
            .OrderBy(f => received.GetValueOrDefault(f.SubmissionId))
            .ThenBy(f => f.SubmissionId, StringComparer.Ordinal)
            .ThenBy(f => f.Number)
            .ToList();
        var findingsOf = ordered.ToLookup(f => f.Institution, StringComparer.Ordinal);

        var rows = new List<OfficeRow>();
        var shown = new List<DashboardDocument>();
        var cases = new List<OfficeCase>();
        foreach (var institution in roster.Institutions)
        {
            var own = documentsOf[TableKey.Encode(institution.Name)].ToList();
            var current = new HashSet<MaterialEvidence>(
                CompletenessEvaluator.CurrentVersions(own.Where(d => d.Evidence is not null).Select(d => d.Evidence!)), ReferenceEqualityComparer.Instance);
            var stored = findingsOf[institution.Name].ToList();
            foreach (var row in stored.Where(f => arrivalOf.ContainsKey(f.SubmissionId)))
            {
                findingArrivals[row.Finding] = arrivalOf[row.SubmissionId];
            }

            rows.Add(RowOf(institution, status.GetValueOrDefault(institution.Name), own, current, stored)
                with { LastReceipt = lastReceipt.TryGetValue(institution.Name, out var receipt) ? receipt : null });
            shown.AddRange(own.Select(d => DocumentOf(institution, d, current.Contains(d.Evidence!), received)));
            cases.AddRange(own.Where(d => d.Evidence is { Kind: MaterialKind.Case, IsWord: true } && current.Contains(d.Evidence))
                .Select(d => new OfficeCase(institution.Name, d.Document.File, d.Document.Chars, d.Document.Images, d.Document.CaptionedImages, d.Evidence!.ReceivedAt)));
        }

        var unattributed = findingsOf[string.Empty]
            .Select(f => new OfficeFinding(null, f.Finding) { Arrival = arrivalOf.GetValueOrDefault(f.SubmissionId) })
            .ToList();
        var timeline = submissions
            .Select(s => new DashboardSubmission(s.SubmissionId, s.ReceivedAt ?? DateTimeOffset.MinValue, s.Institutions ?? []))
            .OrderBy(s => s.ReceivedAt)
            .ToList();
        var summary = new OfficeSummary(asOf, deadline, rows, unattributed)
        {
            Arrivals = [.. arrivals.Select(a => a.Arrival).OrderBy(a => a.ReceivedAt).ThenBy(a => a.Subject, StringComparer.Ordinal)],
            Cases = cases,
            FindingArrivals = findingArrivals,
        };
        return new DashboardData(summary, shown, timeline);
    }

    private static OfficeRow RowOf(Institution institution, InstitutionStatus? status, List<StoredDocumentRow> documents,
        HashSet<MaterialEvidence> current, IEnumerable<FindingRow> findings)
    {
        // As `pilot1x status` counts: an institution with a status row sent something, even if nothing of it counts yet.
        if (status is null)
        {
            var empty = CompletenessEvaluator.Evaluate(institution, []);
            return new OfficeRow(institution, OfficeStatus.NothingReceived, empty.Materials, null, null, null, null,
                [.. empty.Missing, .. findings.Select(f => f.Finding)])
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
        var open = findings.Where(f => !replaced.Contains((f.SubmissionId, f.Finding.File ?? string.Empty))).Select(f => f.Finding);
        return new OfficeRow(institution, status.Complete ? OfficeStatus.Complete : OfficeStatus.Incomplete, status.Materials, seal,
            reports.Count == 0 ? null : reports.Sum(d => d.Document.TemplateSections!.Count),
            reports.Count == 0 ? null : reports.Sum(d => OfficeSummary.OutlineSize(d.Document.Kind)),
            evidence.Count == 0 ? null : evidence.Max(),
            [.. status.Findings, .. open])
        {
            Certificates = StoredCertificates.Of(institution, counting),
        };
    }

    private static DashboardDocument DocumentOf(Institution institution, StoredDocumentRow row, bool current, Dictionary<string, DateTimeOffset> received) =>
        row.Document with
        {
            Institution = institution.Name,
            Current = current,
            ReceivedAt = row.Document.ReceivedAt ?? (received.TryGetValue(row.Document.SubmissionId, out var at) ? at : null),
        };
}
