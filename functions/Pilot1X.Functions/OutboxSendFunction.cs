using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Pilot1X.Mail.Outbox;

namespace Pilot1X.Functions;

/// <summary>One queued outgoing mail: send it over SMTP. Retries and dead-lettering are the sender's (backoff, 5xx), not the host's.</summary>
public sealed class OutboxSendFunction(OutboxSender sender, IOptions<SmtpOptions> smtp)
{
    [Function(FunctionNames.SendOutbox)]
    public async Task RunAsync(
        [QueueTrigger(FunctionNames.OutboxQueue, Connection = FunctionNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var delivery = new SmtpDelivery(SmtpEndpoint.FromOptions(smtp.Value));
        await sender.SendAsync(OutboxMessage.Parse(message.Body.ToString()), delivery, cancellationToken).ConfigureAwait(false);
    }
}
