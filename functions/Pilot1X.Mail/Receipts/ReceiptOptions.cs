using System.ComponentModel.DataAnnotations;

namespace Pilot1X.Mail.Receipts;

/// <summary>
/// Receipt settings (<c>Receipts__MaxPerSenderPerHour</c>). The office's own address and the sender are the office's
/// facts, read from <see cref="Pipeline.Options.OfficeOptions"/>.
/// </summary>
public sealed class ReceiptOptions
{
    public const string SectionName = "Receipts";

    /// <summary>At most this many receipts to one sender per hour: a mail loop or a flood stops here.</summary>
    [Range(1, 1000)]
    public int MaxPerSenderPerHour { get; set; } = 5;
}
