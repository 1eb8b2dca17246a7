using MimeKit;

namespace Pilot1X.Core.Email;

/// <summary>
/// Who sent a message and where an answer can go. Some scripts (Python's <c>email.header</c>) encode the whole
/// <c>姓名 &lt;address&gt;</c> as one RFC 2047 encoded-word, which parses as a mailbox without an address: such a header
/// is decoded as a whole, then parsed. An address counts for an answer only when a mail server accepts it
/// (<c>a..b@c.cn</c> parses loosely but not strictly); parsing uses the non-throwing API throughout.
/// </summary>
public static class SenderAddress
{
    /// <summary>The From mailbox, decoded first when the whole header was one encoded-word; the Sender when there is no From.</summary>
    public static MailboxAddress? FromOf(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var written = message.From.Mailboxes.FirstOrDefault();
        if (written is not null && !written.Address.Contains('@', StringComparison.Ordinal)
            && Decoded(message.Headers, HeaderId.From).FirstOrDefault(m => m.Address.Contains('@', StringComparison.Ordinal)) is { } decoded)
        {
            return decoded;
        }

        return written ?? message.Sender;
    }

    /// <summary>Where a receipt can go, lower-cased: From, else Reply-To, Sender, Return-Path; null when none holds a deliverable address.</summary>
    public static string? ReplyAddressOf(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        IEnumerable<MailboxAddress>[] candidates =
        [
            [.. message.From.Mailboxes, .. Decoded(message.Headers, HeaderId.From)],
            [.. message.ReplyTo.Mailboxes, .. Decoded(message.Headers, HeaderId.ReplyTo)],
            [.. message.Sender is { } sender ? [sender] : Array.Empty<MailboxAddress>(), .. Decoded(message.Headers, HeaderId.Sender)],
            Decoded(message.Headers, HeaderId.ReturnPath),
        ];
        return candidates.SelectMany(c => c).Select(m => m.Address).FirstOrDefault(IsDeliverable)?.Trim().ToLowerInvariant();
    }

    /// <summary>True for an address in the strict RFC 5322 form a mail server accepts (local part, @, domain).</summary>
    public static bool IsDeliverable(string? address) =>
        !string.IsNullOrWhiteSpace(address)
        && MailboxAddress.TryParse(ParserOptions.Default, address, out var parsed)
        && parsed.LocalPart.Length > 0
        && parsed.Domain.Length > 0;

    private static IEnumerable<MailboxAddress> Decoded(HeaderList headers, HeaderId id) =>
        headers.FirstOrDefault(h => h.Id == id) is { Value: { Length: > 0 } text } && InternetAddressList.TryParse(text, out var list)
            ? list.Mailboxes
            : [];
}
