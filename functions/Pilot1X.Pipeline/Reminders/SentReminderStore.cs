using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Pilot1X.Core.Reminders;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Pipeline.Reminders;

/// <summary>
/// The <c>SentReminders</c> table: PK institution, RK step. A reminder is claimed by inserting its row; Table storage
/// refuses a second insert of the same keys (409), so across retries, timer overlaps and scaled-out instances exactly
/// one caller wins and the others learn the reminder was already sent.
/// </summary>
public sealed class SentReminderStore(TableServiceClient tables, IOptions<PipelineStorageOptions> options)
{
    private readonly TableClient _table = tables.GetTableClient(options.Value.TablePrefix + "SentReminders");
    private volatile bool _created;

    /// <summary>Records the reminder as sent; false when it already was (by anyone).</summary>
    public async Task<bool> TryClaimAsync(PlannedReminder reminder, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = SentReminderRow.Of(reminder, at).ToEntity();
        try
        {
            await _table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Whether the reminder was already sent, without claiming it (for <c>--dry-run</c>).</summary>
    public async Task<bool> WasSentAsync(PlannedReminder reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var (partition, key) = SentReminderRow.KeysOf(reminder);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(partition, key, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue;
    }

    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _created = true;
        }
    }
}
