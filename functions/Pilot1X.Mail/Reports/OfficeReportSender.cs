using Microsoft.Extensions.Logging;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Mail.Outbox;
using Pilot1X.Pipeline.Options;
using Pilot1X.Pipeline.Reporting;

namespace Pilot1X.Mail.Reports;

/// <summary>
/// Puts the office's report mail in the outbox: the daily one (one Message-ID per CST day, so a repeated timer sends
/// nothing new) or an on-demand one (a fresh Message-ID, so every request is delivered).
/// </summary>
public sealed class OfficeReportSender(OfficeSnapshotReader source, OfficeReportMail mail, MailOutbox outbox, DeadlineClock deadline,
    ILogger<OfficeReportSender> logger)
{
    /// <summary>The summary as stored now, against the configured deadline.</summary>
    public Task<OfficeSummary> CurrentAsync(CancellationToken cancellationToken) =>
        source.ReadSummaryAsync(deadline.Now, deadline.Deadline, cancellationToken);

    public async Task<QueuedReport> SendDailyAsync(CancellationToken cancellationToken)
    {
        var summary = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        return await EnqueueAsync(summary, mail.DailyMessageId(summary.AsOf), null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="summary"/> now, to <paramref name="to"/> or else the configured recipients.</summary>
    public Task<QueuedReport> SendOnDemandAsync(OfficeSummary summary, IReadOnlyList<string>? to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return EnqueueAsync(summary, mail.OnDemandMessageId(summary.AsOf), to, cancellationToken);
    }

    private async Task<QueuedReport> EnqueueAsync(OfficeSummary summary, string messageId, IReadOnlyList<string>? to, CancellationToken cancellationToken)
    {
        var recipients = to is { Count: > 0 } ? to : mail.Recipients;
        using var message = mail.Compose(summary, messageId, recipients);
        var queued = await outbox.EnqueueAsync(message, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Office report {MessageId} to {Recipients}: {Outcome}", messageId, string.Join(", ", recipients), queued ? "queued" : "already in the outbox");
        return new QueuedReport(messageId, message.Subject ?? string.Empty, recipients, OfficeReportMail.WorkbookName(summary.AsOf), queued);
    }
}
