using Microsoft.Extensions.Logging;

namespace Pilot1X.Mail.Outbox;

/// <summary>
/// Sends what is visible on the outbox queue now, as the queue trigger would: the local pipeline has no Functions host.
/// A message is deleted only after the sender recorded its outcome; a temporary failure ends the pass (the server is down).
/// </summary>
public sealed class OutboxDrainer(MailStore store, OutboxSender sender, ILogger<OutboxDrainer> logger)
{
    public async Task<IReadOnlyList<OutboxState>> DrainAsync(IMailDelivery delivery, CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var outcomes = new List<OutboxState>();
        while (true)
        {
            var batch = (await store.OutboxQueue.ReceiveMessagesAsync(16, TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false)).Value;
            if (batch.Length == 0)
            {
                break;
            }

            var deferred = false;
            foreach (var message in batch)
            {
                OutboxState outcome;
                try
                {
                    outcome = await sender.SendAsync(OutboxMessage.Parse(message.MessageText), delivery, cancellationToken).ConfigureAwait(false);
                }
                catch (FormatException ex)
                {
                    // Not one of ours: nothing to send or record; removing it keeps it from blocking the queue.
                    logger.LogWarning(ex, "Outbox queue message {QueueMessageId} is unreadable and was removed", message.MessageId);
                    outcome = OutboxState.DeadLettered;
                }

                outcomes.Add(outcome);
                deferred |= outcome == OutboxState.Deferred;
                await store.OutboxQueue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
            }

            // The server is failing: what was deferred waits for its backoff, not for this loop.
            if (deferred)
            {
                break;
            }
        }

        logger.LogInformation("Outbox drained: {Count} messages handled", outcomes.Count);
        return outcomes;
    }
}
