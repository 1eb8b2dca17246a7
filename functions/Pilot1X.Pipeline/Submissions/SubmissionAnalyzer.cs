using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Blobs;
using Pilot1X.Pipeline.Options;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// Second stage: one analysis message → the engine runs on the uploaded blob (the exact version the intake saw) →
/// materials filed in Blob storage, documents, sections and findings written to Table storage, and the status of
/// every institution it concerned recomputed from all that institution's stored evidence. Idempotent: a submission
/// analysed once is never analysed again, and every row it writes has a deterministic key.
/// </summary>
public sealed class SubmissionAnalyzer(
    PipelineStore store,
    InstitutionRoster roster,
    IOptions<OfficeOptions> office,
    InstitutionStatusStore statuses,
    MaterialFiler filer,
    LongTextStore longText,
    ScanPageStore scanPages,
    TimeProvider clock,
    ILoggerFactory loggers)
{
    public const string Stage = "analysis";
    private readonly ILogger _logger = loggers.CreateLogger<SubmissionAnalyzer>();

    public async Task<AnalysisOutcome> AnalyzeAsync(AnalysisRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var done = await store.ProcessedKeys.GetEntityIfExistsAsync<TableEntity>(Stage, request.SubmissionId, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (done.HasValue)
        {
            _logger.LogInformation("Submission {SubmissionId} was already analysed; message ignored", request.SubmissionId);
            return new AnalysisOutcome(request.SubmissionId, SubmissionState.Analyzed, []) { Repeated = true };
        }

        var spool = Path.Combine(Path.GetTempPath(), "pilot1x-" + request.SubmissionId + "-" + Guid.NewGuid().ToString("N"));
        try
        {
            var size = await SizeAsync(request, cancellationToken).ConfigureAwait(false);
            if (size is { } bytes && OversizedUpload.Refusal(request.BlobName, bytes, IntakeLimits.Default) is { } refusal)
            {
                return await RefuseAsync(request, refusal, cancellationToken).ConfigureAwait(false);
            }

            if (size is null || !await DownloadAsync(request, spool, cancellationToken).ConfigureAwait(false))
            {
                await MarkAsync(request, SubmissionState.Gone, Row(request) with { LastError = "上传的文件在分析前已被替换或删除；新上传的版本会作为新的提交单独分析。" }, cancellationToken).ConfigureAwait(false);
                await MarkProcessedAsync(request, cancellationToken).ConfigureAwait(false);
                return new AnalysisOutcome(request.SubmissionId, SubmissionState.Gone, []);
            }

            return await AnalyzeFileAsync(request, () => new FileStream(spool, FileMode.Open, FileAccess.Read, FileShare.Read), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Recorded, then rethrown: the queue retries it and, after the last attempt, the poison handler reports this reason.
            _logger.LogWarning(ex, "Analysis of submission {SubmissionId} ({BlobName}) failed", request.SubmissionId, request.BlobName);
            var reason = $"{ex.GetType().Name}: {ex.Message}";
            await MarkAsync(request, SubmissionState.Failed, Row(request) with { LastError = reason, FailedAt = clock.GetUtcNow() }, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        finally
        {
            File.Delete(spool);
        }
    }

    private async Task<AnalysisOutcome> AnalyzeFileAsync(AnalysisRequest request, Func<Stream> open, CancellationToken cancellationToken)
    {
        var segments = request.BlobName.Split('/');
        var fileName = segments[^1];
        var input = new CheckInput(request.BlobName, open, [.. segments[..^1].Reverse()]);
        var checkOptions = new CheckOptions(office.Value.Deadline, request.ReceivedAt, IntakeLimits.Default) { AsOfIsArrival = true, FoldersAreUploadLinks = true, PagesAcrossInputs = true };
        using var kept = new KeptContents();
        var examined = new CheckEngine(roster, checkOptions, loggers.CreateLogger<CheckEngine>()).Examine([input], kept, cancellationToken);
        var earlier = await scanPages.EarlierAsync(request.SubmissionId, request.ReceivedAt, examined.LoosePages, cancellationToken).ConfigureAwait(false);
        if (earlier.Count > 0)
        {
            // Pages of the same scan sent before (another upload, another mail) are analysed again with this one, so the
            // scan is judged whole; it counts as received when its last page came, which makes it the current version.
            checkOptions = checkOptions with { AsOf = ScanArrival(request.ReceivedAt, earlier) };
            IEnumerable<CheckInput> inputs = [.. earlier.Select(p => new CheckInput(p.File, () => new MemoryStream(p.Content.ToArray(), writable: false), [p.Institution])), input];
            examined = new CheckEngine(roster, checkOptions, loggers.CreateLogger<CheckEngine>()).Examine(inputs, kept, cancellationToken);
        }

        var report = examined.Finish(await PriorFilingsAsync(request, examined.Named, cancellationToken).ConfigureAwait(false));

        var touched = report.Institutions.Where(i => i.Documents.Count > 0 || i.Findings.Any(f => f.File is not null)).ToList();
        var original = await filer.KeepOriginalAsync(touched.Count > 0 ? touched[0].Institution.Name : MaterialFiler.UnassignedFolder,
            request.SubmissionId, fileName, open, cancellationToken).ConfigureAwait(false);
        var findings = new List<(string, Finding)>();
        foreach (var institution in touched)
        {
            var documents = new List<ITableEntity>();
            var sections = new List<ITableEntity>();
            foreach (var document in institution.Documents)
            {
                // Every current material is filed under its canonical name, also those found inside an email or archive.
                var content = string.Equals(document.File, input.DisplayPath, StringComparison.Ordinal) ? open : kept.Opener(document.File);
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

        var earlierFiles = earlier.Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        await scanPages.KeepAsync(request.SubmissionId, request.ReceivedAt, examined.LoosePages.Where(p => !earlierFiles.Contains(p.File)),
            file => kept.Opener(file) ?? (string.Equals(file, input.DisplayPath, StringComparison.Ordinal) ? open : null), cancellationToken).ConfigureAwait(false);
        await KeepQuestionnairesAsync(request, report, cancellationToken).ConfigureAwait(false);
        var recomputed = new List<InstitutionStatus>();
        foreach (var institution in touched)
        {
            recomputed.Add(await statuses.RecomputeAsync(institution.Institution, cancellationToken).ConfigureAwait(false));
        }

        await MarkAsync(request, SubmissionState.Analyzed, Row(request) with
        {
            Documents = touched.Sum(i => i.Documents.Count),
            Findings = findings.Count,
            Unassigned = report.Unassigned.Count,
            Held = held.Count,
            Ignored = report.Ignored.Count,
            Institutions = [.. touched.Select(i => i.Institution.Name)],
            AnalyzedAt = clock.GetUtcNow(),
        }, cancellationToken).ConfigureAwait(false);
        await MarkProcessedAsync(request, cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("Submission {SubmissionId} analysed: {Documents} documents, {Findings} findings, {Institutions} institutions updated",
            request.SubmissionId, touched.Sum(i => i.Documents.Count), findings.Count, recomputed.Count);
        return new AnalysisOutcome(request.SubmissionId, SubmissionState.Analyzed, recomputed);
    }

    /// <summary>
    /// When a scan put together from pages counts as received: when its last page came. A page that came later than this
    /// submission but was analysed first already made a version at its own time; this one, with more pages, is a moment newer.
    /// </summary>
    private static DateTimeOffset ScanArrival(DateTimeOffset receivedAt, IReadOnlyList<EarlierScanPage> earlier)
    {
        var last = earlier.Max(p => p.ReceivedAt);
        return last > receivedAt ? last.AddMilliseconds(1) : receivedAt;
    }

    /// <summary>
    /// Stores the questionnaire exports the office sent (an upload not made through an institution's upload link, or a mail
    /// from the office address); a newer export of the same questionnaire replaces the stored one. A school's copy is
    /// not the office's data and is not counted.
    /// </summary>
    private async Task KeepQuestionnairesAsync(AnalysisRequest request, CheckReport report, CancellationToken cancellationToken)
    {
        foreach (var export in report.Questionnaires?.Exports ?? [])
        {
            var fromOffice = export.Sender is { } sender
                ? string.Equals(sender, office.Value.OfficeAddress, StringComparison.OrdinalIgnoreCase)
                : roster.Find(request.Institution) is null;
            if (!fromOffice)
            {
                _logger.LogInformation("Questionnaire export {File} of submission {SubmissionId} did not come from the office; not counted", export.File, request.SubmissionId);
                continue;
            }

            var stored = await store.Questionnaires.GetEntityIfExistsAsync<TableEntity>(QuestionnaireRow.Partition, export.Export.Signature, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (QuestionnaireRow.Replaces(export, stored.HasValue ? stored.Value : null))
            {
                var row = await QuestionnaireRow.ToEntityAsync(export, request.SubmissionId, longText, cancellationToken).ConfigureAwait(false);
                await store.Questionnaires.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Who sent the current versions of the institutions the file names, so the filing rule can tell whether it would replace
    /// someone else's. This submission's own rows (left by an interrupted earlier attempt) are not a prior version of it.
    /// </summary>
    private async Task<PriorFilings> PriorFilingsAsync(AnalysisRequest request, IReadOnlyList<Institution> named, CancellationToken cancellationToken)
    {
        var stored = new List<(string, IReadOnlyList<MaterialEvidence>)>();
        foreach (var institution in named)
        {
            var rows = await statuses.LoadEvidenceRowsAsync(TableKey.Encode(institution.Name), cancellationToken).ConfigureAwait(false);
            stored.Add((institution.Name, [.. rows.Where(r => !string.Equals(r.Document.SubmissionId, request.SubmissionId, StringComparison.Ordinal)).Select(r => r.Evidence!)]));
        }

        return PriorFilings.From(stored);
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

    /// <summary>Records the refusal of a blob too large to analyse (as a finding the office sees), without downloading it.</summary>
    private async Task<AnalysisOutcome> RefuseAsync(AnalysisRequest request, Finding refusal, CancellationToken cancellationToken)
    {
        _logger.LogWarning("Upload {BlobName} of submission {SubmissionId} is over the entry limit; refused without download", request.BlobName, request.SubmissionId);
        var institution = roster.Find(request.Institution);
        await TableWriter.UpsertAllAsync(store.Findings, FindingRow.ToEntities(request.SubmissionId, [(institution?.Name ?? string.Empty, refusal)]), cancellationToken).ConfigureAwait(false);
        await MarkAsync(request, SubmissionState.Analyzed, Row(request) with
        {
            Documents = 0,
            Findings = 1,
            Refused = refusal.Message,
            Institutions = institution is null ? [] : [institution.Name],
            AnalyzedAt = clock.GetUtcNow(),
        }, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<InstitutionStatus> recomputed = institution is null ? [] : [await statuses.RecomputeAsync(institution, cancellationToken).ConfigureAwait(false)];
        await MarkProcessedAsync(request, cancellationToken).ConfigureAwait(false);
        return new AnalysisOutcome(request.SubmissionId, SubmissionState.Analyzed, recomputed);
    }

    /// <summary>The size of the exact version the intake saw; null when it is gone or was replaced.</summary>
    private async Task<long?> SizeAsync(AnalysisRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var conditions = new BlobRequestConditions { IfMatch = new ETag(request.ETag) };
            var properties = await store.Uploads.GetBlobClient(request.BlobName).GetPropertiesAsync(conditions, cancellationToken).ConfigureAwait(false);
            return properties.Value.ContentLength;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            _logger.LogWarning("Upload {BlobName} of submission {SubmissionId} is gone or was replaced (HTTP {Status})", request.BlobName, request.SubmissionId, ex.Status);
            return null;
        }
    }

    private async Task<bool> DownloadAsync(AnalysisRequest request, string path, CancellationToken cancellationToken)
    {
        try
        {
            var conditions = new BlobRequestConditions { IfMatch = new ETag(request.ETag) };
            await store.Uploads.GetBlobClient(request.BlobName)
                .DownloadToAsync(path, new BlobDownloadToOptions { Conditions = conditions }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            _logger.LogWarning("Upload {BlobName} of submission {SubmissionId} is gone or was replaced (HTTP {Status})", request.BlobName, request.SubmissionId, ex.Status);
            return false;
        }
    }

    /// <summary>Merge, deliberately: the analysis owns its own columns (those set on <paramref name="update"/>); what the intake recorded stays.</summary>
    private Task<Azure.Response> MarkAsync(AnalysisRequest request, SubmissionState state, SubmissionRow update, CancellationToken cancellationToken)
    {
        var row = (update with { State = state }).ToEntity();
        TableLimits.Validate(row, store.Submissions.Name);
        return store.Submissions.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken);
    }

    private static SubmissionRow Row(AnalysisRequest request) => new(request.Institution, request.SubmissionId);

    private Task<Azure.Response> MarkProcessedAsync(AnalysisRequest request, CancellationToken cancellationToken) =>
        store.ProcessedKeys.UpsertEntityAsync(new ProcessedKeyRow(Stage, request.SubmissionId, request.BlobName).ToEntity(), TableUpdateMode.Replace, cancellationToken);
}
