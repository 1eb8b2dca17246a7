using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Pilot1X.Pipeline.Mail;

namespace Pilot1X.Mail.Receipts;

/// <summary>
/// At most K receipts per sender per clock hour (UTC), counted in Table storage with ETags so parallel senders
/// cannot both take the last one. A mail loop that slips past the header checks dies here.
/// </summary>
public sealed class ReceiptThrottle(MailStore store, IOptions<ReceiptOptions> options, TimeProvider clock)
{
    /// <summary>True when one more receipt to <paramref name="sender"/> is allowed now (and counts it).</summary>
    public async Task<bool> TryTakeAsync(string sender, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sender);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = ReceiptCountRow.PartitionOf(sender);
        var hour = ReceiptCountRow.HourOf(clock.GetUtcNow());
        while (true)
        {
            var row = await store.ReceiptCounts.GetEntityIfExistsAsync<TableEntity>(partition, hour, cancellationToken: cancellationToken).ConfigureAwait(false);
            var counted = row.HasValue ? ReceiptCountRow.FromEntity(row.Value!) : null;
            var count = counted?.Count ?? 0;
            if (count >= options.Value.MaxPerSenderPerHour)
            {
                return false;
            }

            var next = new ReceiptCountRow(partition, hour, count + 1).ToEntity();
            try
            {
                if (counted is not null)
                {
                    await store.ReceiptCounts.UpdateEntityAsync(next, counted.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await store.ReceiptCounts.AddEntityAsync(next, cancellationToken).ConfigureAwait(false);
                }

                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another receipt to the same sender was counted meanwhile: count again.
            }
        }
    }
}
