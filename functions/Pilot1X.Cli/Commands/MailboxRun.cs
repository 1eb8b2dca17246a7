using System.Globalization;
using Pilot1X.Mail;
using Pilot1X.Mail.Inbox;
using Pilot1X.Mail.Outbox;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// <c>pilot1x run --mailbox … [--smtp …] [--watch]</c>: the mail door on this machine — take mail in (a folder of .eml
/// files, or an IMAP mailbox), analyse it, queue and send the receipts (to a pickup folder, <c>out/outbox</c> by
/// default, or an SMTP server). Once, or every minute with <c>--watch</c> until Ctrl+C.
/// </summary>
internal static class MailboxRun
{
    public const string DefaultOutbox = "out/outbox";

    /// <summary>Reads --mailbox and --smtp before anything starts; a bad one is a usage error whose text never carries the credentials.</summary>
    public static (MailboxEndpoint? Endpoint, IMailDelivery Delivery) Resolve(string mailbox, string? smtp)
    {
        IMailDelivery delivery;
        MailboxEndpoint? endpoint = null;
        try
        {
            delivery = smtp is not null && smtp.Contains("://", StringComparison.Ordinal)
                ? new SmtpDelivery(SmtpEndpoint.Parse(smtp))
                : new PickupFolderDelivery(smtp ?? DefaultOutbox);
            if (mailbox.Contains("://", StringComparison.Ordinal))
            {
                endpoint = MailboxEndpoint.Parse(mailbox);
            }
            else if (!Directory.Exists(mailbox))
            {
                throw new UsageException($"--mailbox 指定的文件夹不存在：{MailServerAddress.Redact(mailbox)}（应为存放 .eml 文件的文件夹，或 imaps://账号:授权码@主机:993/INBOX）");
            }
        }
        catch (FormatException ex)
        {
            throw new UsageException(ex.Message, ex);
        }

        return (endpoint, delivery);
    }

    public static async Task RunAsync(LocalPipeline pipeline, string mailbox, (MailboxEndpoint? Endpoint, IMailDelivery Delivery) target, bool watch, DateTimeOffset receivedAt, TextWriter stdout, CancellationToken cancellationToken)
    {
        var (endpoint, delivery) = target;
        var cycle = pipeline.Get<MailCycle>();
        do
        {
            var result = endpoint is null
                ? await cycle.RunOnceAsync(mailbox, receivedAt, delivery, cancellationToken).ConfigureAwait(false)
                : await cycle.RunOnceAsync(endpoint, delivery, cancellationToken).ConfigureAwait(false);
            var where = delivery is PickupFolderDelivery pickup ? $"（写入 {pickup.Directory}）" : string.Empty;
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"邮箱：读到邮件 {result.Poll.Fetched} 封（新交给分析 {result.Poll.HandedOff} 封，重复邮件 {result.Poll.Duplicates} 封{(result.Poll.Failed > 0 ? $"，收取出错 {result.Poll.Failed} 封（已保存，原因记在该邮件的记录上）" : string.Empty)}），分析 {result.Analysed} 个提交，生成回执 {result.ReceiptsQueued} 封，已发出 {result.Sent} 封{where}。")).ConfigureAwait(false);
            if (watch)
            {
                await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
            }
        }
        while (watch && !cancellationToken.IsCancellationRequested);
    }
}
