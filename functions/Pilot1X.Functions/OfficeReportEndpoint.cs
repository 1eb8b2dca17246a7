using System.Net;
using Pilot1X.Mail.Reports;

namespace Pilot1X.Functions;

/// <summary>
/// What the office report functions answer, apart from HTTP plumbing: the current 汇总表 as a download, an on-demand
/// report mail to the configured (or given) addresses, and the daily one. All read the stored status now.
/// </summary>
public sealed class OfficeReportEndpoint(OfficeReportSender sender, OfficeReportMail mail)
{
    public async Task<ReportDownload> WorkbookAsync(CancellationToken cancellationToken)
    {
        var summary = await sender.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var name = OfficeReportMail.WorkbookName(summary.AsOf);
        return new ReportDownload(OfficeReportMail.Workbook(summary), OfficeReportMail.WorkbookMediaType, ContentDisposition(name), name);
    }

    /// <summary>Queues an on-demand report mail; <paramref name="to"/> (comma/semicolon separated) replaces the configured recipients.</summary>
    public async Task<(HttpStatusCode Status, object Body)> SendAsync(string? to, CancellationToken cancellationToken)
    {
        var recipients = ReportOptions.Split(to);
        if (to is not null && (recipients.Count == 0 || !ReportOptions.AreValid(recipients)))
        {
            return (HttpStatusCode.BadRequest, new { error = $"to 的值“{to}”不是有效的邮箱地址；请写成 a@example.cn，多个地址用逗号或分号分隔，或不给 to 以发给设置 Pilot1X__ReportRecipients 中的地址。" });
        }

        if (mail.RefusalFor(recipients) is { } refusal)
        {
            return (HttpStatusCode.BadRequest, new { error = refusal });
        }

        var summary = await sender.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var queued = await sender.SendOnDemandAsync(summary, recipients.Count > 0 ? recipients : null, cancellationToken).ConfigureAwait(false);
        return (HttpStatusCode.Accepted, new { messageId = queued.MessageId, to = queued.To, subject = queued.Subject, attachment = queued.Attachment, onDemand = true });
    }

    public Task<QueuedReport> SendDailyAsync(CancellationToken cancellationToken) => sender.SendDailyAsync(cancellationToken);

    /// <summary>RFC 6266 with an ASCII fallback and the UTF-8 name as RFC 5987 <c>filename*</c>, which every current browser prefers.</summary>
    public static string ContentDisposition(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var ascii = string.Concat(fileName.Where(c => c is > ' ' and < (char)127 and not ('"' or '\\' or ';')));
        return $"attachment; filename=\"summary{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
    }
}
