using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using MimeKit;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Mail.Outbox;

/// <summary>
/// Every outgoing mail is made durable before anyone tries to send it: the .eml in Blob storage, a row keyed by its
/// Message-ID in the Outbox table, then a queue message for the sender. The Message-ID is the idempotency key: the
/// same receipt enqueued twice is one row and, at most, one delivery. The row's copies of the subject and recipients are
/// shortened (the whole mail is in its blob), so a reply to a 32K-character subject cannot make the row too large.
/// </summary>
public sealed class MailOutbox(MailStore store, ILogger<MailOutbox> logger)
{
    public const string Partition = OutboxRow.Partition;

    /// <summary>The longest delay the queue accepts for a message's first visibility.</summary>
    public static readonly TimeSpan MaxSendAfter = TimeSpan.FromDays(7);

    /// <summary>Queues a message for sending; false when a message with this Message-ID was already queued.</summary>
    public Task<bool> EnqueueAsync(MimeMessage message, CancellationToken cancellationToken) =>
        EnqueueAsync(message, TimeSpan.Zero, cancellationToken);

    /// <summary>
    /// Queues a message that the sender sees only after <paramref name="sendAfter"/> (the queue message's initial
    /// visibility delay): how a batch such as a reminder round is spread out to stay under the SMTP server's rate limits.
    /// </summary>
    public async Task<bool> EnqueueAsync(MimeMessage message, TimeSpan sendAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentOutOfRangeException.ThrowIfLessThan(sendAfter, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sendAfter, MaxSendAfter);
        if (string.IsNullOrWhiteSpace(message.MessageId))
        {
            throw new ArgumentException("An outgoing message needs a Message-ID (it is the outbox's idempotency key).", nameof(message));
        }

        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var blobName = BlobNameOf(message.MessageId);
        using (var content = new MemoryStream())
        {
            await message.WriteToAsync(content, cancellationToken).ConfigureAwait(false);
            content.Position = 0;
            await store.OutboxBlobs.GetBlobClient(blobName).UploadAsync(content, overwrite: true, cancellationToken).ConfigureAwait(false);
        }

        var row = OutboxRow.Queued(message.MessageId, blobName, string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), message.Subject);
        var entity = row.ToEntity();
        TableLimits.Validate(entity, store.Outbox.Name);
        try
        {
            await store.Outbox.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = OutboxRow.FromEntity((await store.Outbox.GetEntityAsync<TableEntity>(Partition, entity.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false)).Value);
            if (!string.Equals(existing.State, nameof(OutboxState.Queued), StringComparison.Ordinal))
            {
                logger.LogInformation("Outgoing {MessageId} is already {State}; not queued again", message.MessageId, existing.State);
                return false;
            }

            // Queued but perhaps never announced (an interrupted enqueue): announcing twice is harmless, the sender checks the row.
        }

        await store.OutboxQueue.SendMessageAsync(new OutboxMessage(message.MessageId).ToMessage(),
            visibilityTimeout: sendAfter > TimeSpan.Zero ? sendAfter : null, cancellationToken: cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Outgoing {MessageId} to {To} queued, visible after {SendAfter}", message.MessageId, row.To, sendAfter);
        return true;
    }

    /// <summary>Where the outgoing mail with this Message-ID stands, or null when the outbox never had it.</summary>
    public async Task<OutboxState?> StateOfAsync(string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await store.Outbox.GetEntityIfExistsAsync<TableEntity>(Partition, OutboxRow.RowKeyOf(messageId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? Enum.Parse<OutboxState>(OutboxRow.FromEntity(row.Value!).State) : null;
    }

    internal static string BlobNameOf(string messageId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)))[..32] + ".eml";
}
