using System.Globalization;
using Microsoft.Extensions.Options;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Receipts;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// The upload receipts of <c>pilot1x run</c>: the same <see cref="UploadReceiptIssuer"/> the Functions timer calls, then the
/// outbox delivered (to <c>--smtp</c>, by default the pickup folder <c>out/outbox</c>). With <c>--as-of</c> in the past the
/// quiet period after the uploads has passed, so their receipts go out in the same run, recorded at the simulated time
/// (see <see cref="IssueTime"/>) so the office's 最近回执 shows the run's day.
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

    /// <summary>
    /// When this run issues upload receipts. Without <c>--as-of</c>, the wall clock. With it, the run's uploads arrive at the
    /// as-of time and the timer would answer them once the quiet period after it has passed: that moment, unless it is still
    /// ahead of the wall clock (an as-of of about now, or in the future), when the uploads wait as they would in the cloud.
    /// </summary>
    public static DateTimeOffset IssueTime(LocalPipeline pipeline, DateTimeOffset? asOf, DateTimeOffset wallClock)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (asOf is not { } simulated)
        {
            return wallClock;
        }

        var due = simulated + pipeline.Get<IOptions<UploadReceiptOptions>>().Value.QuietPeriod;
        return due < wallClock ? due : wallClock;
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
