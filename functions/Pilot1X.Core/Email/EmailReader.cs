using System.Runtime.CompilerServices;
using MimeKit;
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
    public EmailSubmission Open(Stream eml, string displayPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eml);
        ArgumentNullException.ThrowIfNull(displayPath);
        if (!eml.CanSeek)
        {
            throw new ArgumentException("The message stream must be seekable (spool it first).", nameof(eml));
        }

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

        return new EmailSubmission(message, displayPath, limits);
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
