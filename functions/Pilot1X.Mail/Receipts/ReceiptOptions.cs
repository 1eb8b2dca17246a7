using System.ComponentModel.DataAnnotations;

namespace Pilot1X.Mail.Receipts;

/// <summary>
/// Receipt settings (<c>Receipts__MaxPerSenderPerHour</c>) plus the office's own address (<c>Pilot1X__OfficeAddress</c>):
/// the address is both loop protection (never answer ourselves) and the domain of our Message-IDs.
/// </summary>
public sealed class ReceiptOptions
{
    public const string SectionName = "Receipts";

    /// <summary>At most this many receipts to one sender per hour: a mail loop or a flood stops here.</summary>
    [Range(1, 1000)]
    public int MaxPerSenderPerHour { get; set; } = 5;

    /// <summary>The office mailbox (from <c>Pilot1X__OfficeAddress</c>).</summary>
    [Required, EmailAddress]
    public string OfficeAddress { get; set; } = OfficeMailbox.DefaultAddress;

    /// <summary>The sender of receipts (from <c>Smtp__From</c>; the office address when empty).</summary>
    public string? From { get; set; }

    /// <summary>Who the office's automatic mails (receipts, reminders) come from: <see cref="From"/>, else the office mailbox.</summary>
    public string Sender => string.IsNullOrWhiteSpace(From) ? OfficeAddress : From;

    /// <summary>The domain our Message-IDs use: the office address's.</summary>
    public string MessageIdDomain => OfficeAddress[(OfficeAddress.LastIndexOf('@') + 1)..];
}
