using Azure.Data.Tables;
using Pilot1X.Pipeline.Mail;

namespace Pilot1X.Pipeline.Reporting;

/// <summary>
/// What the office views need of the mail door's rows, the one owner of "when was submission X answered": each mail
/// submission's subject (a mail is named by it), and when a receipt answered a submission — for a mail, the time the pipeline
/// recorded its receipt (<see cref="MailMessageRow.ReceiptAt"/>, so a run with <c>--as-of</c> shows its simulated day); for a
/// link upload, when the receipt of the batch covering it was queued (<see cref="UploadReceiptRow.SentAt"/>), since a school
/// that only uploads is answered by those receipts alone. Rows older than those columns are dated by their mappers.
/// </summary>
internal sealed class MailArrivals
{
    private readonly Dictionary<string, string> _subjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _receipts = new(StringComparer.Ordinal);

    /// <param name="messages">The <c>MailMessages</c> rows.</param>
    /// <param name="uploadReceipts">The <c>UploadReceipts</c> rows.</param>
    public MailArrivals(IEnumerable<TableEntity> messages, IEnumerable<TableEntity> uploadReceipts)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(uploadReceipts);
        foreach (var entity in messages)
        {
            var row = MailMessageRow.FromEntity(entity);
            if (row.SubmissionId is not { Length: > 0 } submission)
            {
                continue;
            }

            _subjects.TryAdd(submission, row.Subject);
            if (row is { Outcome: MailOutcome.Receipt, ReceiptAt: { } at })
            {
                Answered(submission, at);
            }
        }

        foreach (var batch in uploadReceipts.Select(UploadReceiptRow.From))
        {
            if (batch is { State: UploadReceiptRow.Sent, SentAt: { } at })
            {
                foreach (var submission in batch.Submissions)
                {
                    Answered(submission, at);
                }
            }
        }
    }

    /// <summary>The subject of the mail that became <paramref name="submissionId"/>, or null for an upload.</summary>
    public string? SubjectOf(string submissionId) => _subjects.GetValueOrDefault(submissionId);

    /// <summary>When the latest receipt answering <paramref name="submissionId"/> was queued, or null when none was.</summary>
    public DateTimeOffset? ReceiptOf(string submissionId) => _receipts.TryGetValue(submissionId, out var at) ? at : null;

    private void Answered(string submission, DateTimeOffset at)
    {
        if (!_receipts.TryGetValue(submission, out var known) || known < at)
        {
            _receipts[submission] = at;
        }
    }
}
