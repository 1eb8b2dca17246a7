using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Pilot1X.Mail.Receipts;

namespace Pilot1X.Functions;

/// <summary>
/// Every 5 minutes (<c>Uploads__ReceiptSchedule</c>, UTC): each institution whose link uploads have been quiet for
/// <c>Receipts__Uploads__QuietPeriod</c> and are all analysed gets one receipt for the batch; <c>SendOutbox</c> delivers it.
/// </summary>
public sealed class UploadReceiptFunction(UploadReceiptIssuer issuer, TimeProvider clock, ILogger<UploadReceiptFunction> logger)
{
    [Function(FunctionNames.IssueUploadReceipts)]
    public async Task RunAsync([TimerTrigger(FunctionNames.UploadReceiptSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var result = await issuer.IssueDueAsync(clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Upload receipts: {Issued} queued, {Unsent} without a contact, {Waiting} batches still open", result.Issued, result.Unsent, result.Waiting);
    }
}
