using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using MimeKit;
using Pilot1X.Pipeline.Mail;

namespace Pilot1X.Mail.Outbox;

/// <summary>
/// Sends one queued mail, exactly once. The row says where it stands: Sent and DeadLettered are final; a row still
/// marked Sending means an earlier attempt died mid-transfer, so its outcome is unknown and it is dead-lettered rather
/// than risk a second copy. Temporary failures re-queue with exponential backoff; 5xx dead-letters with the reason.
/// </summary>
public sealed class OutboxSender(MailStore store, ILogger<OutboxSender> logger)
{
    public async Task<OutboxState> SendAsync(OutboxMessage request, IMailDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(delivery);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var found = await store.Outbox.GetEntityIfExistsAsync<TableEntity>(OutboxRow.Partition, OutboxRow.RowKeyOf(request.MessageId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue || found.Value is not { } entity)
        {
            logger.LogWarning("Outbox message {MessageId} has no row; ignored", request.MessageId);
            return OutboxState.DeadLettered;
        }

        var row = OutboxRow.FromEntity(entity);
        var state = Enum.Parse<OutboxState>(row.State);
        switch (state)
        {
            case OutboxState.Sent or OutboxState.DeadLettered:
                return state;
            case OutboxState.Sending:
                return await DeadLetterAsync(row, $"上次发送在传输中断，结果不确定（服务器可能已收下）。为避免重复发送，未自动重发；请在发件邮箱“已发送”中按 Message-ID <{request.MessageId}> 核对。", cancellationToken).ConfigureAwait(false);
        }

        // Read before marking Sending: a storage hiccup here must leave a plain retry, not an "uncertain" transfer.
        MimeMessage message;
        try
        {
            var download = await store.OutboxBlobs.GetBlobClient(row.Blob).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            message = await MimeMessage.LoadAsync(download.Value.Content.ToStream(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (PerMessageFailure.Is(ex))
        {
            // Gone or unreadable for good: retrying cannot help, and the mails queued after it must still go out.
            return await DeadLetterAsync(row, "发件箱中这封邮件的内容已丢失或无法读取，未发送：" + ex.Message, cancellationToken).ConfigureAwait(false);
        }

        using var disposeMessage = message;
        row = row with { State = nameof(OutboxState.Sending), Attempts = row.Attempts + 1 };
        try
        {
            row = row with { ETag = (await store.Outbox.UpdateEntityAsync(row.ToEntity(), row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)).Headers.ETag ?? row.ETag };
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            logger.LogInformation("Outgoing {MessageId} is being handled by another sender", request.MessageId);
            return OutboxState.Sending;
        }

        try
        {
            await delivery.DeliverAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (DeliveryException ex) when (ex.Failure == DeliveryFailure.Temporary && row.Attempts < store.Options.OutboxMaxAttempts)
        {
            return await DeferAsync(row, request, ex.Message, cancellationToken).ConfigureAwait(false);
        }
        catch (DeliveryException ex)
        {
            return await DeadLetterAsync(row, ex.Message, cancellationToken).ConfigureAwait(false);
        }

        row = row with { State = nameof(OutboxState.Sent), SentAt = DateTimeOffset.UtcNow };
        await store.Outbox.UpdateEntityAsync(row.ToEntity(), ETag.All, TableUpdateMode.Replace, CancellationToken.None).ConfigureAwait(false);
        logger.LogInformation("Outgoing {MessageId} sent", request.MessageId);
        return OutboxState.Sent;
    }

    private async Task<OutboxState> DeferAsync(OutboxRow row, OutboxMessage request, string reason, CancellationToken cancellationToken)
    {
        var attempts = Math.Max(1, row.Attempts);
        var delay = TimeSpan.FromSeconds(Math.Min(3600, store.Options.OutboxRetryBaseSeconds * Math.Pow(2, attempts - 1)));
        await store.Outbox.UpdateEntityAsync((row with { State = nameof(OutboxState.Deferred), LastError = reason }).ToEntity(), ETag.All, TableUpdateMode.Replace, CancellationToken.None).ConfigureAwait(false);
        await store.OutboxQueue.SendMessageAsync(request.ToMessage(), visibilityTimeout: delay, cancellationToken: cancellationToken).ConfigureAwait(false);
        logger.LogWarning("Outgoing {MessageId} deferred (attempt {Attempts}, retry in {Delay}): {Reason}", request.MessageId, attempts, delay, reason);
        return OutboxState.Deferred;
    }

    private async Task<OutboxState> DeadLetterAsync(OutboxRow row, string reason, CancellationToken cancellationToken)
    {
        row = row with { State = nameof(OutboxState.DeadLettered), LastError = reason, DeadLetteredAt = DateTimeOffset.UtcNow };
        await store.Outbox.UpdateEntityAsync(row.ToEntity(), ETag.All, TableUpdateMode.Replace, CancellationToken.None).ConfigureAwait(false);
        await store.OutboxPoisonQueue.SendMessageAsync(new OutboxMessage(row.MessageId).ToMessage(), cancellationToken).ConfigureAwait(false);
        logger.LogWarning("Outgoing {MessageId} dead-lettered: {Reason}", row.MessageId, reason);
        return OutboxState.DeadLettered;
    }
}
