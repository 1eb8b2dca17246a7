using Pilot1X.Core.Intake;
using Pilot1X.Core.Reporting.Anomalies;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Core.Reporting.Ledger;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Pipeline.Reporting;

/// <summary>
/// Gathers the report mail's 异常 section: from the mail ledger the mails that reached nobody, from the Poison table the
/// analyses given up on (named as a person knows them: a mail by subject and arrival, an upload by its file name), the
/// dead-lettered outgoing mail, and the files held for the office.
/// </summary>
public sealed class OfficeAnomaliesReader(MailLedgerReader mail, PoisonRecorder poison)
{
    public async Task<(MailLedger Ledger, OfficeAnomalies Anomalies)> ReadAsync(DateTimeOffset asOf, IReadOnlyList<SubmissionRow> submissions,
        IReadOnlyList<DashboardHeldFile> held, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var ledgerRead = mail.ReadAllAsync(asOf, cancellationToken);
        var poisoned = poison.ListAsync(cancellationToken);
        var read = await ledgerRead.ConfigureAwait(false);
        var bySubmission = submissions.GroupBy(s => s.SubmissionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var failed = (await poisoned.ConfigureAwait(false))
            .Select(p => FailedOf(p, bySubmission, read.BySubmission))
            .OrderBy(f => f.ReceivedAt ?? DateTimeOffset.MinValue)
            .ToList();
        var unanswered = read.Ledger.Messages.Where(m => m.NeedsAttention).ToList();
        return (read.Ledger, new OfficeAnomalies(unanswered, failed, read.Undelivered, held));
    }

    private static FailedAnalysis FailedOf(PoisonRecord record, Dictionary<string, SubmissionRow> submissions, IReadOnlyDictionary<string, MailLedgerEntry> mails)
    {
        if (record.SubmissionId is { } id && mails.TryGetValue(id, out var entry))
        {
            return new FailedAnalysis($"邮件《{entry.Subject}》（{OfficeLabels.Cst(entry.ArrivedAt)} 收到，发件人 {entry.From}）", entry.ArrivedAt, record.DequeueCount);
        }

        if (record.SubmissionId is { } upload && submissions.TryGetValue(upload, out var row))
        {
            var file = DisplayName.Leaf(row.BlobName ?? string.Empty);
            var at = row.ReceivedAt;
            return new FailedAnalysis($"上传的文件“{file}”" + (at is { } t ? $"（{OfficeLabels.Cst(t)} 收到）" : string.Empty), at, record.DequeueCount);
        }

        return new FailedAnalysis("一项无法读取的分析任务（找不到对应的来件）", null, record.DequeueCount);
    }
}
