using Azure;
using Azure.Data.Tables;
using Pilot1X.Pipeline.Mail;

namespace Pilot1X.Mail.Inbox;

/// <summary>
/// The mailbox checkpoint in Table storage. Two pollers may run at once (a timer overlapping a manual run): every
/// update is conditional on the ETag read, and the checkpoint only ever moves forward within one UIDVALIDITY.
/// </summary>
public sealed class CheckpointStore(MailStore store)
{
    public async Task<MailboxCheckpoint> ReadAsync(string mailbox, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await store.Checkpoints.GetEntityIfExistsAsync<TableEntity>(MailboxCheckpointRow.PartitionOf(mailbox), MailboxCheckpointRow.Key, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!row.HasValue || row.Value is not { } entity)
        {
            return new MailboxCheckpoint(0, 0, null);
        }

        var stored = MailboxCheckpointRow.FromEntity(entity);
        return new MailboxCheckpoint(stored.UidValidity, stored.LastUid, stored.ETag);
    }

    /// <summary>Moves the checkpoint to (<paramref name="uidValidity"/>, <paramref name="uid"/>) unless another poller already moved it as far.</summary>
    public async Task AdvanceAsync(string mailbox, uint uidValidity, uint uid, CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = await ReadAsync(mailbox, cancellationToken).ConfigureAwait(false);
            if (current.UidValidity == uidValidity && current.LastUid >= uid)
            {
                return;
            }

            var row = new MailboxCheckpointRow(mailbox, uidValidity, uid, DateTimeOffset.UtcNow).ToEntity();
            try
            {
                if (current.ETag is { } etag)
                {
                    await store.Checkpoints.UpdateEntityAsync(row, etag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await store.Checkpoints.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another poller moved it meanwhile: read again and decide again.
            }
        }
    }
}
