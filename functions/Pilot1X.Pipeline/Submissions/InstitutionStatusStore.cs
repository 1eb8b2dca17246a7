using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// Keeps each institution's status row. Analyses of one institution run in parallel on several instances, so the row
/// is recomputed from ALL its stored evidence and written with its ETag (optimistic concurrency): a writer whose read
/// went stale gets 412, re-reads the evidence (which now includes the other analysis' documents) and tries again.
/// No update is lost, and the last write always reflects every stored document.
/// </summary>
public sealed class InstitutionStatusStore(PipelineStore store, TimeProvider clock, ILogger<InstitutionStatusStore> logger)
{
    public async Task<InstitutionStatus> RecomputeAsync(Institution institution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(institution);
        var partition = TableKey.Encode(institution.Name);
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.Status.GetEntityIfExistsAsync<TableEntity>(partition, StatusRow.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            var evidence = await LoadEvidenceAsync(partition, cancellationToken).ConfigureAwait(false);
            var result = CompletenessEvaluator.Evaluate(institution, evidence);
            var version = current.HasValue ? StatusRow.FromEntity(current.Value!).Version + 1 : 1;
            var status = new InstitutionStatus(institution.Name, institution.Sampled, ContractNames.Label(institution.Level), result.Complete,
                result.Materials, result.Missing, evidence.Count, version, clock.GetUtcNow().ToOffset(CheckOptions.ChinaStandardTime));
            var row = StatusRow.ToEntity(partition, status);
            TableLimits.Validate(row, store.Status.Name);
            try
            {
                if (current.HasValue)
                {
                    // Replace: the row is a pure function of the evidence, nothing of the old one should survive.
                    await store.Status.UpdateEntityAsync(row, current.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await store.Status.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
                }

                return status;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < store.Options.StatusUpdateAttempts)
            {
                logger.LogInformation("Status of {Institution} changed during recomputation (HTTP {Status}); retrying, attempt {Attempt}", institution.Name, ex.Status, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * Math.Min(attempt, 10))), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One institution's stored status (a point read), or null when it has sent nothing yet.</summary>
    public async Task<InstitutionStatus?> GetAsync(Institution institution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(institution);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await store.Status.GetEntityIfExistsAsync<TableEntity>(TableKey.Encode(institution.Name), StatusRow.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? StatusRow.FromEntity(row.Value!) : null;
    }

    /// <summary>Every stored institution status, in key order.</summary>
    public async Task<IReadOnlyList<InstitutionStatus>> ListAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<InstitutionStatus>();
        await foreach (var row in store.Status.QueryAsync<TableEntity>(e => e.RowKey == StatusRow.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(StatusRow.FromEntity(row));
        }

        return list;
    }

    private async Task<List<MaterialEvidence>> LoadEvidenceAsync(string partition, CancellationToken cancellationToken) =>
        [.. (await LoadEvidenceRowsAsync(partition, cancellationToken).ConfigureAwait(false)).Select(r => r.Evidence!)];

    /// <summary>Every stored document of an institution that counts as evidence (current or replaced).</summary>
    internal async Task<List<StoredDocumentRow>> LoadEvidenceRowsAsync(string partition, CancellationToken cancellationToken)
    {
        var rows = new List<StoredDocumentRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and HasEvidence eq {true}");
        await foreach (var row in store.Documents.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(StoredDocumentRow.From(row));
        }

        return rows;
    }
}
