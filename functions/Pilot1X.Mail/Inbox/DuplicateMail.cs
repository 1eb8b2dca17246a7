using Pilot1X.Core.Reporting.Office;
using Pilot1X.Pipeline.Mail;

namespace Pilot1X.Mail.Inbox;

/// <summary>
/// The row of a second copy of a mail already taken in (same Message-ID, or same content without one): it is not
/// analysed or answered again, but the office still sees that it arrived and which earlier mail it repeats.
/// </summary>
internal static class DuplicateMail
{
    public static MailMessageRow RowOf(string inboxBlob, MessageHeaders headers, MailMessageRow earlier, DateTimeOffset receivedAt) =>
        new MailMessageRow(MailMessageRow.DuplicateKeyOf(inboxBlob), inboxBlob, null, headers.MessageId, null, headers.From,
            headers.Subject, headers.IgnoreReason, receivedAt)
        {
            FromHeader = headers.FromHeader,
            Outcome = MailOutcome.Duplicate,
            Receipt = "none:DUPLICATE",
            DuplicateOf = earlier.Key,
            Reason = ReasonOf(earlier),
        };

    // A bare claim (the first copy is still being taken in) has no subject or time yet: say so rather than invent one.
    private static string ReasonOf(MailMessageRow earlier) =>
        earlier.Subject.Length > 0 && earlier.ReceivedAt != DateTimeOffset.MinValue
            ? $"与 {OfficeLabels.Cst(earlier.ReceivedAt)}（北京时间）收到的邮件《{earlier.Subject}》是同一封，已按那封处理，本封不再分析、不再发回执；无需处理。"
            : "与先前收到的同一封邮件重复，已按那封处理，本封不再分析、不再发回执；无需处理。";
}
