using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// Last stage for messages that kept failing: the reason (the analysis' last recorded error, or why the message could
/// not be read) goes into the Poison table and the submission is marked Poisoned, so nothing is silently dropped.
/// </summary>
public sealed class PoisonRecorder(PipelineStore store, TimeProvider clock, ILogger<PoisonRecorder> logger)
{
    public async Task<PoisonRecord> RecordAsync(string messageId, string message, long dequeueCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        AnalysisRequest? request = null;
        string reason;
        try
        {
            request = AnalysisRequest.Parse(message);
            var submission = await store.Submissions.GetEntityIfExistsAsync<TableEntity>(
                TableKey.Encode(request.Institution), request.SubmissionId, cancellationToken: cancellationToken).ConfigureAwait(false);
            reason = submission.HasValue && SubmissionRow.FromEntity(submission.Value!).LastError is { Length: > 0 } error
                ? error
                : $"提交 {request.SubmissionId}（{request.BlobName}）的分析多次失败，但没有记录到错误原因；请查看 Application Insights 中该提交的日志。";
            await store.Submissions.UpsertEntityAsync(
                new SubmissionRow(request.Institution, request.SubmissionId) { State = SubmissionState.Poisoned }.ToEntity(),
                TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException ex)
        {
            reason = $"无法读取的分析队列消息：{ex.Message}";
        }

        var now = clock.GetUtcNow();
        var row = new PoisonRow(store.Options.PoisonQueue, messageId, now, reason, dequeueCount)
        {
            SubmissionId = request?.SubmissionId,
            Institution = request?.Institution,
            BlobName = request?.BlobName,
            Message = message,
        }.ToEntity();
        TableLimits.Validate(row, store.Poison.Name);
        await store.Poison.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        logger.LogError("Analysis message {MessageId} (submission {SubmissionId}) failed {DequeueCount} times and was poisoned: {Reason}",
            messageId, request?.SubmissionId, dequeueCount, reason);
        return new PoisonRecord(messageId, request?.SubmissionId, reason, dequeueCount);
    }

    /// <summary>Every poisoned message recorded, oldest first.</summary>
    public async Task<IReadOnlyList<PoisonRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<PoisonRecord>();
        await foreach (var row in store.Poison.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(PoisonRow.FromEntity(row).Record);
        }

        return list;
    }
}
