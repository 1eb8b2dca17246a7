using Azure.Data.Tables;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting;
using Pilot1X.Pipeline.Blobs;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// Writes what one analysed submission found: each current material filed under its canonical name, and its documents,
/// sections, findings and held files as rows keyed by the submission, so writing them again changes nothing.
/// </summary>
public sealed class AnalysisRowsWriter(PipelineStore store, MaterialFiler filer, LongTextStore longText)
{
    /// <param name="request">The submission analysed.</param>
    /// <param name="report">The engine's report on it.</param>
    /// <param name="touched">The institutions it brought documents or file findings for.</param>
    /// <param name="original">Where the original upload is kept.</param>
    /// <param name="contentOf">The bytes of a material by display path, or null when none were kept.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    public async Task<WrittenRows> WriteAsync(AnalysisRequest request, CheckReport report, IReadOnlyList<InstitutionReport> touched, string original,
        Func<string, Func<Stream>?> contentOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(touched);
        ArgumentNullException.ThrowIfNull(contentOf);
        var findings = new List<(string, Finding)>();
        foreach (var institution in touched)
        {
            var documents = new List<ITableEntity>();
            var sections = new List<ITableEntity>();
            foreach (var document in institution.Documents)
            {
                // Every current material is filed under its canonical name, also those found inside an email or archive.
                var content = contentOf(document.File);
                var filed = document.Evidence is { } evidence && content is not null
                    ? await filer.FileAsync(institution.Institution, evidence, document.File[(document.File.LastIndexOf('/') + 1)..], content, cancellationToken).ConfigureAwait(false)
                    : null;
                documents.Add(StoredDocumentRow.EntityOf(institution.Institution.Name, request.SubmissionId, document, filed, original));
                sections.AddRange(await SectionRowsAsync(request.SubmissionId, document, cancellationToken).ConfigureAwait(false));
            }

            await TableWriter.UpsertAllAsync(store.Documents, documents, cancellationToken).ConfigureAwait(false);
            await TableWriter.UpsertAllAsync(store.Sections, sections, cancellationToken).ConfigureAwait(false);
            findings.AddRange(institution.Findings.Where(f => f.File is not null || f.Code != FindingCode.MaterialMissing).Select(f => (institution.Institution.Name, f)));
        }

        findings.AddRange(report.Unassigned.SelectMany(u => u.Findings).Select(f => (string.Empty, f)));
        var held = report.Unassigned.Where(u => u.Held is not null).Select(u => HeldRow.EntityOf(request.SubmissionId, u, request.ReceivedAt, original)).ToList();
        await TableWriter.UpsertAllAsync(store.Held, held, cancellationToken).ConfigureAwait(false);
        await TableWriter.UpsertAllAsync(store.Findings, FindingRow.ToEntities(request.SubmissionId, findings), cancellationToken).ConfigureAwait(false);
        return new WrittenRows(findings.Count, held.Count);
    }

    private async Task<List<ITableEntity>> SectionRowsAsync(string submissionId, DocumentReport document, CancellationToken cancellationToken)
    {
        var rows = new List<ITableEntity>();
        var partition = SubmissionRows.DocumentKey(submissionId, document.File);
        foreach (var (section, index) in (document.Sections ?? []).Select((s, i) => (s, i)))
        {
            var row = new SectionRow(partition, index, document.File, section.Chars, section.Template).ToEntity();
            var rowKey = row.RowKey;
            await longText.KeepAsync(row, SectionRow.HeadingColumn, section.Heading, $"{submissionId}/{partition}/{rowKey}/heading.txt", cancellationToken).ConfigureAwait(false);
            await longText.KeepAsync(row, SectionRow.TitleColumn, section.Title, $"{submissionId}/{partition}/{rowKey}/title.txt", cancellationToken).ConfigureAwait(false);
            rows.Add(row);
        }

        return rows;
    }
}
