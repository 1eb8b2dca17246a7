using Microsoft.Extensions.Logging;
using Pilot1X.Mail.Inbox;
using Pilot1X.Mail.Notices;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Receipts;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Mail;

/// <summary>
/// One turn of the mail door for a machine without a Functions host (<c>pilot1x run --mailbox</c>, tests): poll,
/// analyse what was queued, issue the receipts and held-file notices that are due, send the outbox. On Azure the same steps run as the
/// timer function (poll + receipts), the analysis queue function and the outbox queue function.
/// </summary>
public sealed class MailCycle(MailboxPoller poller, MailFolderReader folderReader, AnalysisQueueDrainer analysis, ReceiptIssuer receipts, HeldFilingNotifier notices, OutboxDrainer outbox, ILogger<MailCycle> logger)
{
    public Task<MailCycleResult> RunOnceAsync(MailboxEndpoint mailbox, IMailDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        return RunAsync(token => poller.PollAsync(mailbox, token), null, delivery, cancellationToken);
    }

    /// <summary>
    /// The same turn with a folder of .eml files as the mailbox, at <paramref name="receivedAt"/>: the turn's "now" (the
    /// <c>--as-of</c> of a local run), when its mail is received and its receipts are recorded.
    /// </summary>
    public Task<MailCycleResult> RunOnceAsync(string mailFolder, DateTimeOffset receivedAt, IMailDelivery delivery, CancellationToken cancellationToken) =>
        RunAsync(token => folderReader.ReadAsync(mailFolder, receivedAt, token), receivedAt, delivery, cancellationToken);

    // An IMAP turn has no "now" of its own (its mail carries the server's arrival times): its receipts take the clock's.
    private async Task<MailCycleResult> RunAsync(Func<CancellationToken, Task<PollResult>> take, DateTimeOffset? now, IMailDelivery delivery, CancellationToken cancellationToken)
    {
        var poll = await take(cancellationToken).ConfigureAwait(false);
        var analysed = await analysis.DrainAsync(cancellationToken).ConfigureAwait(false);
        var issued = await (now is { } at ? receipts.IssuePendingAsync(at, cancellationToken) : receipts.IssuePendingAsync(cancellationToken)).ConfigureAwait(false);
        await notices.NotifyPendingAsync(cancellationToken).ConfigureAwait(false);
        var sent = await outbox.DrainAsync(delivery, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Mail cycle: {Fetched} fetched, {Analysed} analysed, {Issued} receipts queued, {Sent} sent", poll.Fetched, analysed.Count, issued, sent.Count(s => s == OutboxState.Sent));
        return new MailCycleResult(poll, analysed.Count, issued, sent.Count(s => s == OutboxState.Sent));
    }
}
