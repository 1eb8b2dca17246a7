using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pilot1X.Core.Checking;
using Pilot1X.Pipeline.Blobs;
using Pilot1X.Pipeline.Options;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// Keeps every loose page image the pipeline filed (bytes in <c>materials/{institution}/扫描散页/{hash}</c>, a row in
/// <c>ScanPages</c>), so that a later page of the same scan — another upload, another mail — is analysed together with the
/// pages before it and the scan is judged whole, as <c>pilot1x check</c> judges the same files side by side.
/// Content-addressed and keyed by submission: keeping the same page twice changes nothing.
/// </summary>
public sealed class ScanPageStore(PipelineStore store, IOptions<ScanPageOptions> options, ILogger<ScanPageStore> logger)
{
    public const string PagesFolder = "扫描散页";

    /// <summary>Records the pages one submission filed; <paramref name="open"/> gives each page's bytes by display path.</summary>
    public async Task KeepAsync(string submissionId, DateTimeOffset receivedAt, IEnumerable<LooseScanPage> pages, Func<string, Func<Stream>?> open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(open);
        var rows = new List<ITableEntity>();
        foreach (var page in pages)
        {
            if (open(page.File) is not { } content)
            {
                continue;
            }

            var blob = BlobNames.Path($"{page.Institution}/{PagesFolder}/{page.ContentHash.ToLowerInvariant()}{Path.GetExtension(page.FileName).ToLowerInvariant()}");
            var client = store.Materials.GetBlobClient(blob);
            if (!(await client.ExistsAsync(cancellationToken).ConfigureAwait(false)).Value)
            {
                await using var stream = content();
                await client.UploadAsync(stream, overwrite: true, cancellationToken).ConfigureAwait(false);
            }

            rows.Add(new TableEntity(Partition(page.Institution, page.Key), TableKey.Encode(submissionId + "|" + page.File))
            {
                ["SubmissionId"] = submissionId,
                ["Institution"] = page.Institution,
                ["File"] = page.File,
                ["Page"] = page.Page,
                ["ContentHash"] = page.ContentHash,
                ["ReceivedAt"] = receivedAt,
                ["Blob"] = blob,
            });
        }

        await TableWriter.UpsertAllAsync(store.ScanPages, rows, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The pages other submissions brought of the scans <paramref name="pages"/> belong to, within the window: going back
    /// from this arrival, each earlier page joins while the pause before the next one is no longer than the window. The same
    /// bytes and page numbers this submission brings again are left out (its own pages win), and of a page number sent
    /// twice only the later one counts.
    /// </summary>
    public async Task<IReadOnlyList<EarlierScanPage>> EarlierAsync(string submissionId, DateTimeOffset receivedAt, IReadOnlyList<LooseScanPage> pages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var earlier = new List<EarlierScanPage>();
        foreach (var scan in pages.GroupBy(p => (p.Institution, p.Key)))
        {
            var rows = new List<TableEntity>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(scan.Key.Institution, scan.Key.Key)}");
            await foreach (var row in store.ScanPages.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows.Add(row);
            }

            var hashes = scan.Select(p => p.ContentHash).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var numbers = scan.Select(p => p.Page).ToHashSet();
            var candidates = rows
                .Where(r => r.GetString("SubmissionId") != submissionId && !hashes.Contains(r.GetString("ContentHash") ?? string.Empty))
                .Select(r => (Row: r, At: r.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue, Page: r.GetInt32("Page") ?? 1))
                .ToList();
            var joined = Session(candidates.Select(c => c.At), receivedAt, options.Value.Window);
            var chosen = candidates
                .Where(c => joined.Contains(c.At) && !numbers.Contains(c.Page))
                .GroupBy(c => c.Page)
                .Select(g => g.OrderBy(c => c.At).ThenBy(c => c.Row.RowKey, StringComparer.Ordinal).Last())
                .DistinctBy(c => c.Row.GetString("ContentHash"));
            foreach (var (row, at, _) in chosen)
            {
                if (await ReadAsync(row, cancellationToken).ConfigureAwait(false) is { } bytes)
                {
                    earlier.Add(new EarlierScanPage(scan.Key.Institution, row.GetString("File") ?? string.Empty, at, bytes));
                }
            }
        }

        return earlier;
    }

    /// <summary>The arrival times that belong to the same sitting as <paramref name="arrival"/>: no pause longer than the window in between.</summary>
    internal static HashSet<DateTimeOffset> Session(IEnumerable<DateTimeOffset> times, DateTimeOffset arrival, TimeSpan window)
    {
        var ordered = times.Append(arrival).Distinct().Order().ToList();
        var at = ordered.IndexOf(arrival);
        var first = at;
        while (first > 0 && ordered[first] - ordered[first - 1] <= window)
        {
            first--;
        }

        var last = at;
        while (last < ordered.Count - 1 && ordered[last + 1] - ordered[last] <= window)
        {
            last++;
        }

        return [.. ordered.GetRange(first, last - first + 1)];
    }

    private async Task<byte[]?> ReadAsync(TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            var content = await store.Materials.GetBlobClient(row.GetString("Blob")).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return content.Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            logger.LogWarning("Page {File} of an earlier scan is gone from {Blob}; the scan is put together without it", row.GetString("File"), row.GetString("Blob"));
            return null;
        }
    }

    private static string Partition(string institution, string key) => TableKey.Encode(institution + "|" + key);
}
