using System.Text;
using MimeKit;

namespace Pilot1X.Samples;

/// <summary>
/// Composes the mail the office mailbox really receives (Chinese clients' GBK headers, auto-replies, bounces,
/// 超大附件 links, forwards) with MimeKit, returning the raw .eml bytes.
/// </summary>
public static class MailSampleBuilder
{
    /// <summary>The office mailbox the notice names.</summary>
    public const string OfficeAddress = "hbzcjc@126.com";

    /// <summary>
    /// A submission: subject and sender name in <paramref name="charset"/> (RFC 2047), attachments named with <paramref name="nameEncoding"/>.
    /// </summary>
    public static byte[] Submission(string subject, string fromName, string fromAddress, IEnumerable<MailSampleAttachment> attachments,
        AttachmentNameEncoding nameEncoding = AttachmentNameEncoding.Rfc2047, string charset = "gb18030", string? messageId = null,
        DateTimeOffset? date = null)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        var encoding = Charset(charset);
        var message = Envelope(subject, fromName, fromAddress, encoding, messageId, date);
        var body = new Multipart("mixed") { new TextPart("plain") { Text = "您好，附件为我校1+X证书制度试点工作材料，请查收。" } };
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attachment in attachments)
        {
            var part = new MimePart(attachment.MediaType)
            {
                Content = new MimeContent(new MemoryStream(attachment.Content)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
            };
            if (nameEncoding == AttachmentNameEncoding.Raw8Bit)
            {
                var placeholder = $"Z9PH{raw.Count}Z9";
                raw[placeholder] = attachment.FileName;
                part.FileName = placeholder;
            }
            else
            {
                var method = nameEncoding == AttachmentNameEncoding.Rfc2047 ? ParameterEncodingMethod.Rfc2047 : ParameterEncodingMethod.Rfc2231;
                part.ContentDisposition.Parameters.Add(new Parameter(encoding, "filename", attachment.FileName) { EncodingMethod = method });
                part.ContentType.Parameters.Add(new Parameter(encoding, "name", attachment.FileName) { EncodingMethod = method });
            }

            body.Add(part);
        }

        message.Body = body;
        var bytes = ToBytes(message);
        return raw.Count == 0 ? bytes : RawHeaderBytes.Substitute(bytes, raw, encoding);
    }

    /// <summary>A plain text mail with extra headers — for auto-reply variants and other header tests.</summary>
    public static byte[] Plain(string subject, string fromAddress, IEnumerable<KeyValuePair<string, string>>? headers = null,
        string text = "您好！")
    {
        var message = Envelope(subject, null, fromAddress, Encoding.UTF8, null);
        foreach (var header in headers ?? [])
        {
            message.Headers.Add(header.Key, header.Value);
        }

        message.Body = new TextPart("plain") { Text = text };
        return ToBytes(message);
    }

    /// <summary>A NetEase-style out-of-office reply: 自动回复 subject, <c>Auto-Submitted: auto-replied</c>, <c>X-Autoreply: yes</c>.</summary>
    public static byte[] AutoReply(string originalSubject, string fromAddress) => Plain("自动回复：" + originalSubject, fromAddress,
        [new("Auto-Submitted", "auto-replied"), new("X-Autoreply", "yes")], "您好，我已休假，您的邮件已收到，将于返岗后处理。");

    /// <summary>A delivery failure report (multipart/report; report-type=delivery-status) from MAILER-DAEMON.</summary>
    public static byte[] Bounce(string originalSubject, string failedRecipient, string fromAddress = "MAILER-DAEMON@126.com",
        string subject = "系统退信")
    {
        var message = Envelope(subject, "Mail Delivery System", fromAddress, Encoding.UTF8, null);
        var status = new MessageDeliveryStatus();
        var recipient = new HeaderList
        {
            { "Final-Recipient", "rfc822; " + failedRecipient },
            { "Action", "failed" },
            { "Status", "5.1.1" },
        };
        status.StatusGroups.Add(new HeaderList { { "Reporting-MTA", "dns; mx.126.com" } });
        status.StatusGroups.Add(recipient);
        var original = new MimeMessage { Subject = originalSubject };
        original.From.Add(MailboxAddress.Parse(OfficeAddress));
        original.To.Add(MailboxAddress.Parse(failedRecipient));
        original.Body = new TextPart("plain") { Text = "回执" };
        var report = new MultipartReport("delivery-status")
        {
            new TextPart("plain") { Text = "很抱歉，您的邮件无法投递到 " + failedRecipient + "。" },
            status,
            new MessagePart("rfc822") { Message = original },
        };
        message.Body = report;
        return ToBytes(message);
    }

    /// <summary>
    /// A mail whose body carries a webmail 超大附件 download link for <paramref name="fileName"/> instead of the file
    /// (NetEase/QQ layout), as HTML and text alternatives.
    /// </summary>
    public static byte[] LargeAttachmentLink(string subject, string fromAddress, string fileName, string url)
    {
        var message = Envelope(subject, null, fromAddress, Encoding.UTF8, null);
        var text = $"您好，材料见超大附件。\n\n从网易163邮箱发来的超大附件\n{fileName} (312.5M, 2021年1月19日 10:22 到期)\n下载： {url}\n";
        var html = $"<div>您好，材料见超大附件。</div><div style=\"clear:both\"><b>从网易163邮箱发来的超大附件</b>"
                   + $"<div><a href=\"{url.Replace("&", "&amp;", StringComparison.Ordinal)}\" target=\"_blank\">{fileName}</a>"
                   + "<span>(312.5M, 2021年1月19日 10:22 到期)</span></div></div>";
        message.Body = new MultipartAlternative { new TextPart("plain") { Text = text }, new TextPart("html") { Text = html } };
        return ToBytes(message);
    }

    /// <summary>A mail forwarding <paramref name="forwardedEml"/> as a message/rfc822 attachment.</summary>
    public static byte[] Forwarding(string subject, string fromAddress, byte[] forwardedEml)
    {
        ArgumentNullException.ThrowIfNull(forwardedEml);
        var message = Envelope(subject, null, fromAddress, Encoding.UTF8, null);
        using var inner = new MemoryStream(forwardedEml);
        var forwarded = new MessagePart("rfc822")
        {
            Message = MimeMessage.Load(inner),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
        };
        message.Body = new Multipart("mixed") { new TextPart("plain") { Text = "转发学校的材料，请查收。" }, forwarded };
        return ToBytes(message);
    }

    /// <summary>
    /// An HTML mail whose parts are all inline (multipart/related, Content-ID), as a client pastes pictures or files into
    /// the body.
    /// </summary>
    public static byte[] WithInlineParts(string subject, string fromAddress, IEnumerable<MailSampleAttachment> inlineParts)
    {
        ArgumentNullException.ThrowIfNull(inlineParts);
        var message = Envelope(subject, null, fromAddress, Encoding.UTF8, null);
        var related = new MultipartRelated { new TextPart("html") { Text = "<p>材料见正文图片。</p><img src=\"cid:p0\">" } };
        var index = 0;
        foreach (var inline in inlineParts)
        {
            related.Add(new MimePart(inline.MediaType)
            {
                Content = new MimeContent(new MemoryStream(inline.Content)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Inline) { FileName = inline.FileName },
                ContentTransferEncoding = ContentEncoding.Base64,
                ContentId = $"p{index++}",
            });
        }

        message.Body = related;
        return ToBytes(message);
    }

    private static MimeMessage Envelope(string subject, string? fromName, string fromAddress, Encoding encoding, string? messageId,
        DateTimeOffset? date = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(encoding, fromName ?? string.Empty, fromAddress));
        message.To.Add(MailboxAddress.Parse(OfficeAddress));
        message.Headers.Replace(HeaderId.Subject, encoding, subject);
        message.Date = date ?? new DateTimeOffset(2020, 12, 25, 16, 30, 0, TimeSpan.FromHours(8));
        message.MessageId = messageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId("pilot1x.sample");
        return message;
    }

    private static Encoding Charset(string charset)
    {
        _ = SampleEncodings.Gb18030;
        return Encoding.GetEncoding(charset);
    }

    private static byte[] ToBytes(MimeMessage message)
    {
        using (message)
        using (var output = new MemoryStream())
        {
            message.WriteTo(FormatOptions.Default, output);
            return output.ToArray();
        }
    }
}
