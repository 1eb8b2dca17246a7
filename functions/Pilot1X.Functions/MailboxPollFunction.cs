using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Pilot1X.Mail.Inbox;
using Pilot1X.Mail.Notices;
using Pilot1X.Mail.Receipts;

namespace Pilot1X.Functions;

/// <summary>On the mailbox schedule: take new mail into the upload pipeline, then queue the receipts of submissions analysed since the last run and the notices for files held in another institution's name.</summary>
public sealed class MailboxPollFunction(MailboxPoller poller, ReceiptIssuer receipts, HeldFilingNotifier notices, IOptions<MailboxOptions> mailbox)
{
    [Function(FunctionNames.PollMailbox)]
    public async Task RunAsync([TimerTrigger(FunctionNames.PollSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        await poller.PollAsync(MailboxEndpoint.FromOptions(mailbox.Value), cancellationToken).ConfigureAwait(false);
        await receipts.IssuePendingAsync(cancellationToken).ConfigureAwait(false);
        await notices.NotifyPendingAsync(cancellationToken).ConfigureAwait(false);
    }
}
