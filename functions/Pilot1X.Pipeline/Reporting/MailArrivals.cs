using Azure.Data.Tables;
using Pilot1X.Pipeline.Mail;

namespace Pilot1X.Pipeline.Reporting;

/// <summary>
/// What the office views need of the mail door's <c>MailMessages</c> rows: each mail submission's subject (a mail is named by
/// it), and when a receipt answered it: the time the pipeline recorded it (<see cref="MailMessageRow.ReceiptAt"/>, so a run
/// with <c>--as-of</c> shows its simulated day), or for rows written before that column the row's last write (its Table
/// Timestamp, which recorded the queued receipt).
/// </summary>
internal sealed class MailArrivals
{
    private readonly Dictionary<string, string> _subjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _receipts = new(StringComparer.Ordinal);

    public MailArrivals(IEnumerable<TableEntity> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var entity in rows)
        {
            var row = MailMessageRow.FromEntity(entity);
            if (row.SubmissionId is not { Length: > 0 } submission)
            {
                continue;
            }

            _subjects.TryAdd(submission, row.Subject);
            if (row.Outcome == MailOutcome.Receipt && (row.ReceiptAt ?? entity.Timestamp) is { } at)
            {
                _receipts[submission] = at;
            }
        }
    }

    public static MailArrivals None { get; } = new([]);

    /// <summary>The subject of the mail that became <paramref name="submissionId"/>, or null for an upload.</summary>
    public string? SubjectOf(string submissionId) => _subjects.GetValueOrDefault(submissionId);

    /// <summary>When the receipt answering <paramref name="submissionId"/> was queued, or null when none was.</summary>
    public DateTimeOffset? ReceiptOf(string submissionId) => _receipts.TryGetValue(submissionId, out var at) ? at : null;
}
