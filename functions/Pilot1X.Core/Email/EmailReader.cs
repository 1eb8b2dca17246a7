using System.Runtime.CompilerServices;
using MimeKit;
using MimeKit.IO;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Email;

/// <summary>
/// Opens a received message (.eml) for intake: headers decoded the way Chinese mail clients write them
/// (GBK/GB18030 in RFC 2047, RFC 2231 or raw 8-bit bytes) and attachment bodies left on the source stream
/// until asked for, so a huge attachment costs no memory.
/// </summary>
public sealed class EmailReader
{
    private readonly IntakeLimits limits;
    private readonly ParserOptions options;

    public EmailReader(IntakeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        MimeEncodings.EnsureRegistered();
        this.limits = limits;
        options = CreateOptions();
    }

    /// <summary>
    /// Parses the message from a seekable stream in persistent mode (parts are bounded views of it, not copies).
    /// The stream must stay open until the returned submission is disposed.
    /// </summary>
    /// <exception cref="UnreadableDocumentException">It is not an RFC 5322 message.</exception>
    /// <exception cref="OversizedHeaderException">Its header block is longer than <see cref="IntakeLimits.MaxHeaderBytes"/>.</exception>
    public EmailSubmission Open(Stream eml, string displayPath, CancellationToken cancellationToken = default)
    {
        RequireSeekable(eml, displayPath);
        _ = HeaderLength(eml, displayPath);
        return new EmailSubmission(Parse(eml, displayPath, cancellationToken), displayPath, limits);
    }

    /// <summary>
    /// Reads only the header block (never the body, never the 超大附件 scan): what the mail door keys and threads on.
    /// </summary>
    /// <exception cref="UnreadableDocumentException">It is not an RFC 5322 message.</exception>
    /// <exception cref="OversizedHeaderException">Its header block is longer than <see cref="IntakeLimits.MaxHeaderBytes"/>.</exception>
    public EmailHead ReadHead(Stream eml, string displayPath, CancellationToken cancellationToken = default)
    {
        RequireSeekable(eml, displayPath);
        var start = eml.Position;
        using var headerBlock = new BoundStream(eml, start, start + HeaderLength(eml, displayPath), leaveOpen: true);
        using var message = Parse(headerBlock, displayPath, cancellationToken);
        var headers = message.Headers;
        return new EmailHead(EmailEnvelope.Of(message), headers[HeaderId.References],
            headers.Contains("List-Id") || headers.Contains("List-Unsubscribe"));
    }

    private static void RequireSeekable(Stream eml, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(eml);
        ArgumentNullException.ThrowIfNull(displayPath);
        if (!eml.CanSeek)
        {
            throw new ArgumentException("The message stream must be seekable (spool it first).", nameof(eml));
        }
    }

    // Checked on the raw bytes first: MIME header parsing of a multi-megabyte block takes many seconds.
    private long HeaderLength(Stream eml, string displayPath)
    {
        var block = HeaderBlock.Scan(eml, limits.MaxHeaderBytes, options);
        return block.Length ?? throw new OversizedHeaderException(displayPath, block.Subject, limits.MaxHeaderBytes);
    }

    private MimeMessage Parse(Stream eml, string displayPath, CancellationToken cancellationToken)
    {
        MimeMessage message;
        try
        {
            var parser = new MimeParser(options, eml, persistent: true);
            message = parser.ParseMessage(cancellationToken);
        }
        catch (FormatException ex)
        {
            throw NotAMessage(displayPath, ex);
        }

        if (!LooksLikeMail(message))
        {
            message.Dispose();
            throw NotAMessage(displayPath, null);
        }

        return message;
    }

    // Kept out of the constructor so the JIT cannot initialise MimeKit's statics before the code pages are registered.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ParserOptions CreateOptions() => new()
    {
        CharsetEncoding = MimeEncodings.Gb18030,
        AddressParserComplianceMode = RfcComplianceMode.Looser,
        ParameterComplianceMode = RfcComplianceMode.Looser,
        Rfc2047ComplianceMode = RfcComplianceMode.Looser,
    };

    private static bool LooksLikeMail(MimeMessage message)
    {
        var headers = message.Headers;
        return headers.Contains(HeaderId.From) || headers.Contains(HeaderId.MessageId) || headers.Contains(HeaderId.Date)
               || headers.Contains(HeaderId.Received) || headers.Contains(HeaderId.Subject);
    }

    private static UnreadableDocumentException NotAMessage(string displayPath, Exception? inner)
    {
        var message = $"“{DisplayName.Leaf(displayPath)}”不是有效的电子邮件（.eml）文件，读不到发件人、主题等邮件头。请从邮箱中把原邮件“导出/另存为 .eml”后重新提交，或直接提交其中的附件。";
        return inner is null ? new UnreadableDocumentException(message) : new UnreadableDocumentException(message, inner);
    }
}
