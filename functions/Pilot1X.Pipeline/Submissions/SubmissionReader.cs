using Azure.Data.Tables;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// What one analysed submission left in Table storage, read through the tables' row mappers: its Submissions row, its
/// findings (with their stored severity), the documents it filed for an institution and the files it held for the office.
/// The mail door (receipts, notices about held files) reads the pipeline only through here, so no column name is
/// spelled outside Storage.
/// </summary>
public sealed class SubmissionReader(PipelineStore store)
{
    /// <summary>The submission's row, or null when the intake has not recorded it (or it was never taken in).</summary>
    public async Task<SubmissionRow?> GetAsync(string folder, string submissionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentException.ThrowIfNullOrEmpty(submissionId);
        var row = await store.Submissions.GetEntityIfExistsAsync<TableEntity>(TableKey.Encode(folder), submissionId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? SubmissionRow.FromEntity(row.Value!) : null;
    }

    /// <summary>Every finding about the submission, in the order the analysis wrote them.</summary>
    public async Task<IReadOnlyList<FindingRow>> FindingsAsync(string submissionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(submissionId);
        var rows = new List<FindingRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {submissionId}");
        await foreach (var row in store.Findings.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(FindingRow.FromEntity(row));
        }

        return [.. rows.OrderBy(r => r.Number)];
    }

    /// <summary>Every document filed for one institution (all submissions, current versions and replaced ones).</summary>
    public async Task<IReadOnlyList<StoredDocumentRow>> DocumentsAsync(string institution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(institution);
        var rows = new List<StoredDocumentRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(institution)}");
        await foreach (var row in store.Documents.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(StoredDocumentRow.From(row));
        }

        return rows;
    }

    /// <summary>The documents the submission filed for one institution (every version it sent, current or not).</summary>
    public async Task<IReadOnlyList<StoredDocumentRow>> DocumentsAsync(string institution, string submissionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(institution);
        ArgumentException.ThrowIfNullOrEmpty(submissionId);
        var rows = new List<StoredDocumentRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(institution)} and SubmissionId eq {submissionId}");
        await foreach (var row in store.Documents.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(StoredDocumentRow.From(row));
        }

        return rows;
    }

    /// <summary>Files held from a channel whose named institution has not been told yet (no notice recorded).</summary>
    public async Task<IReadOnlyList<StoredHeldFile>> HeldWithoutNoticeAsync(ChannelKind channel, CancellationToken cancellationToken)
    {
        var rows = new List<StoredHeldFile>();
        var filter = TableClient.CreateQueryFilter($"Channel eq {channel.ToString()}");
        await foreach (var row in store.Held.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var file = HeldRow.From(row);
            if (file.Notice is null)
            {
                rows.Add(new StoredHeldFile(row.PartitionKey, row.RowKey, file));
            }
        }

        return rows;
    }

    /// <summary>The files of one submission that were held for the office instead of being filed.</summary>
    public async Task<IReadOnlyList<DashboardHeldFile>> HeldOfAsync(string submissionId, CancellationToken cancellationToken)
    {
        var rows = new List<DashboardHeldFile>();
        var filter = TableClient.CreateQueryFilter($"SubmissionId eq {submissionId}");
        await foreach (var row in store.Held.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(HeldRow.From(row));
        }

        return rows;
    }

    /// <summary>Records on a held row how its named institution was told (the notice's Message-ID, or why not).</summary>
    public Task RecordNoticeAsync(StoredHeldFile held, string notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(held);
        return store.Held.UpsertEntityAsync(HeldRow.NoticeEntity(held.Partition, held.Key, notice), TableUpdateMode.Merge, cancellationToken);
    }
}
