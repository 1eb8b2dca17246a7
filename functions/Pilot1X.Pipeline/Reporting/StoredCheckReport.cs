using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Reporting;

/// <summary>
/// The stored truth in the <c>pilot1x check</c> report model, per roster institution: completeness, materials and findings
/// as the office snapshot has them (so status, dashboard and workbook never disagree), and the documents of the current
/// versions with their stored sections. A document a later submission replaced is history and is left out, like its findings.
/// </summary>
internal static class StoredCheckReport
{
    public static CheckReport Assemble(InstitutionRoster roster, DashboardData snapshot, IReadOnlyList<StoredDocumentRow> documents,
        IReadOnlyDictionary<string, IReadOnlyList<SectionReport>> sections)
    {
        var rows = snapshot.Summary.Rows.ToDictionary(r => r.Institution.Name, StringComparer.Ordinal);
        var documentsOf = documents.ToLookup(d => d.Partition, StringComparer.Ordinal);
        var institutions = roster.Institutions.Select(institution =>
        {
            var row = rows[institution.Name];
            var own = documentsOf[TableKey.Encode(institution.Name)].ToList();
            var current = new HashSet<MaterialEvidence>(
                CompletenessEvaluator.CurrentVersions(own.Where(d => d.Evidence is not null).Select(d => d.Evidence!)), ReferenceEqualityComparer.Instance);
            var shown = own.Where(d => d.Evidence is null || current.Contains(d.Evidence))
                .OrderBy(d => d.Document.File, StringComparer.Ordinal)
                .ThenBy(d => d.Document.SubmissionId, StringComparer.Ordinal)
                .Select(d => DocumentOf(d.Document, sections))
                .ToList();
            // Ordered as the check orders them: the most severe first, then by file.
            var findings = row.Findings.OrderByDescending(f => f.Severity).ThenBy(f => f.File, StringComparer.Ordinal).ToList();
            return new InstitutionReport(institution, row.Status == OfficeStatus.Complete, row.Materials, shown, findings)
            {
                Certificates = row.Certificates,
            };
        }).ToList();
        var unassigned = snapshot.Summary.Unattributed
            .GroupBy(f => f.Finding.File ?? string.Empty, StringComparer.Ordinal)
            .Select(g => new UnassignedFile(g.Key, [.. g.Select(f => f.Finding)]))
            .ToList();
        return new CheckReport(snapshot.Summary.AsOf, snapshot.Summary.Deadline, institutions, unassigned, []);
    }

    private static DocumentReport DocumentOf(DashboardDocument document, IReadOnlyDictionary<string, IReadOnlyList<SectionReport>> sections) =>
        new(document.File, document.Kind, document.Format)
        {
            // A document with an outline stored its matched template sections (possibly none); others have no sections at all.
            Sections = document.TemplateSections is null ? null
                : sections.GetValueOrDefault(SubmissionRows.DocumentKey(document.SubmissionId, document.File)) ?? [],
            Chars = document.Chars,
            Images = document.Images,
            CaptionedImages = document.CaptionedImages,
            Pages = document.Pages,
            Seal = document.Seal,
            PageFiles = document.PageFiles,
            Status = document.Status,
        };
}
