using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// The safety net under Event Grid: lists <c>uploads/</c> against the intake's processed keys and takes in every blob
/// version that was never taken in (an event lost, dead-lettered, or a host that was down), through the same
/// <see cref="UploadIntake"/> and therefore its dedupe — a second sweep, or an event arriving after the sweep, queues nothing.
/// </summary>
public sealed class UploadSweep(PipelineStore store, UploadIntake intake, ILogger<UploadSweep> logger)
{
    /// <summary>How long an upload is left to its own event before the sweep takes it in: Event Grid delivers within seconds.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromMinutes(10);

    /// <summary>Takes in every upload last written before <paramref name="uploadedBefore"/> whose version has no processed key.</summary>
    public async Task<UploadSweepResult> SweepAsync(DateTimeOffset uploadedBefore, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var processed = new HashSet<string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {UploadIntake.Stage}");
        await foreach (var row in store.ProcessedKeys.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            processed.Add(row.RowKey);
        }

        var listed = 0;
        var settling = 0;
        var queued = new List<string>();
        await foreach (var item in store.Uploads.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: null, cancellationToken).ConfigureAwait(false))
        {
            // The trigger's path is uploads/{institution}/{name}: a blob outside an institution folder is not an upload.
            if (item.Name.IndexOf('/', StringComparison.Ordinal) <= 0)
            {
                continue;
            }

            listed++;
            var properties = item.Properties;
            if (processed.Contains(UploadIntake.ProcessedKey(item.Name, UploadIntake.Version(properties.ContentHash, properties.ETag ?? default))))
            {
                continue;
            }

            if (properties.LastModified is { } written && written >= uploadedBefore)
            {
                settling++;
                continue;
            }

            logger.LogWarning("Upload {BlobName} was never taken in (its event was lost); the sweep takes it in now", item.Name);
            var result = await intake.AcceptAsync(store.Uploads.GetBlobClient(item.Name), receivedAt: null, cancellationToken).ConfigureAwait(false);
            if (result.Queued)
            {
                queued.Add(item.Name);
            }
        }

        logger.LogInformation("Upload sweep: {Listed} uploads listed, {Queued} taken in late, {Settling} left to their events", listed, queued.Count, settling);
        return new UploadSweepResult(listed, queued, settling);
    }
}
