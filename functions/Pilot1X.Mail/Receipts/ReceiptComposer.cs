using System.Globalization;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Mail.Receipts;

/// <summary>
/// Writes the receipt for one submission: a reply in the sender's thread (In-Reply-To, References, “Re:”) marked as
/// automatic (<c>Auto-Submitted: auto-replied</c>, replies to the office mailbox by <c>Reply-To</c>, <c>X-Auto-Response-Suppress: All</c>) so that well-behaved
/// autoresponders do not answer it, in Chinese HTML with a plain-text alternative carrying the same text.
/// </summary>
public sealed class ReceiptComposer(IOptions<OfficeOptions> options)
{
    public MimeMessage Compose(ReceiptRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("湖北省教育厅职成教处（1+X 试点材料自动回执）", settings.Sender));
        // Replies go to the office's mailbox, also when receipts are sent from another address (Smtp__From).
        message.ReplyTo.Add(new MailboxAddress(settings.OfficeContactName?.Trim() ?? string.Empty, settings.OfficeAddress));
        message.To.Add(MailboxAddress.TryParse(ParserOptions.Default, request.To, out var to)
            ? to
            : throw new FormatException($"回执收件人“{request.To}”不是有效的邮箱地址。"));
        foreach (var also in request.AlsoTo)
        {
            if (MailboxAddress.TryParse(ParserOptions.Default, also, out var copy))
            {
                message.To.Add(copy);
            }
        }

        var subject = request.Subject.Trim();
        // An upload receipt starts its own thread: there is no mail to reply to.
        message.Subject = request.Channel == ReceiptChannel.UploadLink ? subject : subject.StartsWith("Re:", StringComparison.OrdinalIgnoreCase) || subject.StartsWith("回复：", StringComparison.Ordinal)
            ? subject
            : "Re: " + (subject.Length == 0 ? "1+X证书制度试点工作材料" : subject);
        message.MessageId = MessageIdFor(request.SubmissionId);
        if (request.MessageId is { Length: > 0 } parent)
        {
            message.InReplyTo = parent;
            foreach (var reference in MimeUtils.EnumerateReferences(request.References ?? string.Empty))
            {
                message.References.Add(reference);
            }

            message.References.Add(parent);
        }

        message.Date = request.ReceivedAt;
        message.Headers.Add("Auto-Submitted", request.Channel == ReceiptChannel.UploadLink ? "auto-generated" : "auto-replied");
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        message.Headers.Add("Precedence", "auto_reply");
        var text = ReceiptText.Build(request, settings);
        var body = new BodyBuilder { TextBody = text.Plain, HtmlBody = text.Html };
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>One submission, one receipt Message-ID (in our own domain): the outbox recognises a repeat by it.</summary>
    public string MessageIdFor(string submissionId) =>
        string.Create(CultureInfo.InvariantCulture, $"receipt.{submissionId}@{options.Value.MessageIdDomain}");
}
