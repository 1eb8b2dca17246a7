using MimeKit;

namespace Pilot1X.Core.Email;

/// <summary>
/// Recognises auto-replies and bounces, which must never get a receipt (a receipt to an auto-reply starts a mail loop).
/// X-Auto-Response-Suppress is deliberately not used: Outlook sets it on ordinary mail too.
/// </summary>
internal static class AutomatedMailClassifier
{
    private static readonly string[] BounceSubjects =
    [
        "退信", "系统退信", "投递失败", "邮件投递失败", "Undeliverable", "Undelivered Mail", "Delivery Status Notification",
        "Mail delivery failed", "Delivery Failure", "Returned mail", "Mail Delivery System",
    ];

    private static readonly string[] AutoReplySubjects =
    [
        "自动回复", "自動回覆", "自动答复", "自動回復", "Auto Reply", "Auto-Reply", "AutoReply", "Automatic reply",
        "Out of Office", "Out of the Office", "休假", "不在办公室",
    ];

    private static readonly string[] BounceSenders = ["mailer-daemon", "postmaster"];

    public static string? Classify(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (IsBounce(message))
        {
            return EmailEnvelope.Bounce;
        }

        return IsAutoReply(message) ? EmailEnvelope.AutoReply : null;
    }

    private static bool IsBounce(MimeMessage message)
    {
        if (ReportType(message) is { } type && type.Equals("delivery-status", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var sender = message.From.Mailboxes.FirstOrDefault()?.LocalPart;
        if (sender is not null && BounceSenders.Any(s => sender.Equals(s, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return ContainsAny(message.Subject, BounceSubjects);
    }

    private static bool IsAutoReply(MimeMessage message)
    {
        var headers = message.Headers;
        var autoSubmitted = headers["Auto-Submitted"];
        if (autoSubmitted is not null && !FirstToken(autoSubmitted).Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var precedence = headers["Precedence"];
        if (precedence is not null && FirstToken(precedence) is var p
            && (p.Equals("bulk", StringComparison.OrdinalIgnoreCase) || p.Equals("junk", StringComparison.OrdinalIgnoreCase)
                || p.Equals("list", StringComparison.OrdinalIgnoreCase) || p.Equals("auto_reply", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (headers.Contains("X-Autoreply") || headers.Contains("X-Autorespond"))
        {
            return true;
        }

        // A read receipt (MDN) is as automatic as an out-of-office reply.
        if (ReportType(message) is { } type && type.Equals("disposition-notification", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return ContainsAny(message.Subject, AutoReplySubjects);
    }

    private static string? ReportType(MimeMessage message) =>
        message.Body?.ContentType is { } type && type.IsMimeType("multipart", "report")
            ? type.Parameters["report-type"]
            : null;

    private static string FirstToken(string value)
    {
        var trimmed = value.Trim();
        var end = trimmed.IndexOfAny([';', ' ', '\t']);
        return end < 0 ? trimmed : trimmed[..end];
    }

    private static bool ContainsAny(string? subject, string[] markers) =>
        subject is not null && markers.Any(m => subject.Contains(m, StringComparison.OrdinalIgnoreCase));
}
