using System.Globalization;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Receipts;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// The upload receipts of <c>pilot1x run</c>: the same <see cref="UploadReceiptIssuer"/> the Functions timer calls, then the
/// outbox delivered (to <c>--smtp</c>, by default the pickup folder <c>out/outbox</c>). With <c>--as-of</c> in the past the
/// quiet period after the uploads has passed, so their receipts go out in the same run.
/// </summary>
internal static class UploadReceiptRun
{
    /// <summary>Reads --smtp before anything starts; a bad one is a usage error whose text never carries the credentials.</summary>
    public static IMailDelivery Delivery(string? smtp)
    {
        try
        {
            return smtp is not null && smtp.Contains("://", StringComparison.Ordinal)
                ? new SmtpDelivery(SmtpEndpoint.Parse(smtp))
                : new PickupFolderDelivery(smtp ?? MailboxRun.DefaultOutbox);
        }
        catch (FormatException ex)
        {
            throw new UsageException(ex.Message, ex);
        }
    }

    public static async Task RunAsync(LocalPipeline pipeline, IMailDelivery delivery, DateTimeOffset now, TextWriter stdout, CancellationToken cancellationToken)
    {
        var result = await pipeline.Get<UploadReceiptIssuer>().IssueDueAsync(now, cancellationToken).ConfigureAwait(false);
        if (result is { Issued: 0, Unsent: 0, Waiting: 0 })
        {
            return;
        }

        var sent = result.Issued > 0 ? (await pipeline.Get<OutboxDrainer>().DrainAsync(delivery, cancellationToken).ConfigureAwait(false)).Count(s => s == OutboxState.Sent) : 0;
        var where = delivery is PickupFolderDelivery pickup ? $"（写入 {pickup.Directory}）" : string.Empty;
        var unsent = result.Unsent > 0 ? string.Create(CultureInfo.InvariantCulture, $"；{result.Unsent} 个单位在名单中没有联系邮箱，未发回执") : string.Empty;
        var waiting = result.Waiting > 0 ? string.Create(CultureInfo.InvariantCulture, $"；{result.Waiting} 个单位的上传仍在安静期内或尚未分析完，稍后再发") : string.Empty;
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"上传回执：生成 {result.Issued} 封，已发出 {sent} 封{where}{unsent}{waiting}。")).ConfigureAwait(false);
    }
}
