namespace Pilot1X.Mail.Reports;

/// <summary>
/// Who receives the office's report (<c>Pilot1X__ReportRecipients</c>: addresses separated by commas or semicolons),
/// defaulting to the office mailbox; the mailbox and the sender are the office's facts (<see cref="Storage.Options.OfficeOptions"/>).
/// </summary>
public sealed class ReportOptions
{
    public const string RecipientsSetting = "Pilot1X:ReportRecipients";

    public string? Recipients { get; set; }

    /// <summary>The configured recipients, or the office mailbox alone.</summary>
    public IReadOnlyList<string> RecipientsOr(string officeAddress) => Split(Recipients) is { Count: > 0 } list ? list : [officeAddress];

    /// <summary>Addresses from a comma/semicolon separated list, blanks dropped.</summary>
    public static IReadOnlyList<string> Split(string? addresses) =>
        (addresses ?? string.Empty).Split([',', ';', '，', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether every address is a plain mailbox (<c>name@domain</c>).</summary>
    public static bool AreValid(IEnumerable<string> addresses) =>
        addresses.All(a => a.Contains('@', StringComparison.Ordinal) && MimeKit.MailboxAddress.TryParse(a, out var parsed) && string.Equals(parsed.Address, a, StringComparison.OrdinalIgnoreCase));
}
