using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Blobs;
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
    UploadSpool uploads,
    SubmissionExaminer examiner,
    MaterialFiler filer,
    AnalysisRowsWriter rows,
    ScanPageStore scanPages,
    QuestionnaireKeeper questionnaires,
    InstitutionStatusStore statuses,
    TimeProvider clock,
    ILogger<SubmissionAnalyzer> logger)
{
    public const string Stage = "analysis";

    public async Task<AnalysisOutcome> AnalyzeAsync(AnalysisRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var done = await store.ProcessedKeys.GetEntityIfExistsAsync<TableEntity>(Stage, request.SubmissionId, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (done.HasValue)
        {
            logger.LogInformation("Submission {SubmissionId} was already analysed; message ignored", request.SubmissionId);
            return new AnalysisOutcome(request.SubmissionId, SubmissionState.Analyzed, []) { Repeated = true };
        }

        var spool = UploadSpool.NewPath(request);
        try
        {
            var size = await uploads.SizeAsync(request, cancellationToken).ConfigureAwait(false);
            if (size is { } bytes && OversizedUpload.Refusal(request.BlobName, bytes, IntakeLimits.Default) is { } refusal)
            {
                return await RefuseAsync(request, refusal, cancellationToken).ConfigureAwait(false);
            }

            if (size is null || !await uploads.DownloadAsync(request, spool, cancellationToken).ConfigureAwait(false))
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
            logger.LogWarning(ex, "Analysis of submission {SubmissionId} ({BlobName}) failed", request.SubmissionId, request.BlobName);
            var reason = $"{ex.GetType().Name}: {ex.Message}";
            await MarkAsync(request, SubmissionState.Failed, Row(request) with { LastError = reason, FailedAt = clock.GetUtcNow() }, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        finally
        {
            UploadSpool.Delete(spool);
        }
    }

    private async Task<AnalysisOutcome> AnalyzeFileAsync(AnalysisRequest request, Func<Stream> open, CancellationToken cancellationToken)
    {
        var segments = request.BlobName.Split('/');
        var fileName = segments[^1];
        var input = new CheckInput(request.BlobName, open, [.. segments[..^1].Reverse()]);
        using var kept = new KeptContents();
        var examination = await examiner.ExamineAsync(request, input, kept, cancellationToken).ConfigureAwait(false);
        var report = examination.Report;

        var touched = report.Institutions.Where(i => i.Documents.Count > 0 || i.Findings.Any(f => f.File is not null)).ToList();
        var original = await filer.KeepOriginalAsync(touched.Count > 0 ? touched[0].Institution.Name : MaterialFiler.UnassignedFolder,
            request.SubmissionId, fileName, open, cancellationToken).ConfigureAwait(false);
        var written = await rows.WriteAsync(request, report, touched, original,
            file => string.Equals(file, input.DisplayPath, StringComparison.Ordinal) ? open : kept.Opener(file), cancellationToken).ConfigureAwait(false);

        await scanPages.KeepAsync(request.SubmissionId, request.ReceivedAt, examination.NewPages,
            file => kept.Opener(file) ?? (string.Equals(file, input.DisplayPath, StringComparison.Ordinal) ? open : null), cancellationToken).ConfigureAwait(false);
        await questionnaires.KeepAsync(request, report, cancellationToken).ConfigureAwait(false);
        var recomputed = new List<InstitutionStatus>();
        foreach (var institution in touched)
        {
            recomputed.Add(await statuses.RecomputeAsync(institution.Institution, cancellationToken).ConfigureAwait(false));
        }

        await MarkAsync(request, SubmissionState.Analyzed, Row(request) with
        {
            Documents = touched.Sum(i => i.Documents.Count),
            Findings = written.Findings,
            Unassigned = report.Unassigned.Count,
            Held = written.Held,
            Ignored = report.Ignored.Count,
            Institutions = [.. touched.Select(i => i.Institution.Name)],
            AnalyzedAt = clock.GetUtcNow(),
        }, cancellationToken).ConfigureAwait(false);
        await MarkProcessedAsync(request, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Submission {SubmissionId} analysed: {Documents} documents, {Findings} findings, {Institutions} institutions updated",
            request.SubmissionId, touched.Sum(i => i.Documents.Count), written.Findings, recomputed.Count);
        return new AnalysisOutcome(request.SubmissionId, SubmissionState.Analyzed, recomputed);
    }

    /// <summary>Records the refusal of a blob too large to analyse (as a finding the office sees), without downloading it.</summary>
    private async Task<AnalysisOutcome> RefuseAsync(AnalysisRequest request, Finding refusal, CancellationToken cancellationToken)
    {
        logger.LogWarning("Upload {BlobName} of submission {SubmissionId} is over the entry limit; refused without download", request.BlobName, request.SubmissionId);
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
