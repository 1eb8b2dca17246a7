namespace Pilot1X.Mail.Reports;

/// <summary>
/// Who receives the office's report (<c>Pilot1X__ReportRecipients</c>: addresses separated by commas or semicolons),
/// defaulting to the office mailbox (<c>Pilot1X__OfficeAddress</c>); the sender is <c>Smtp__From</c> or that mailbox.
/// </summary>
public sealed class ReportOptions
{
    public const string RecipientsSetting = "Pilot1X:ReportRecipients";

    public string? Recipients { get; set; }

    public string OfficeAddress { get; set; } = OfficeMailbox.DefaultAddress;

    public string? From { get; set; }

    public string Sender => string.IsNullOrWhiteSpace(From) ? OfficeAddress : From;

    /// <summary>The configured recipients, or the office mailbox alone.</summary>
    public IReadOnlyList<string> RecipientList => Split(Recipients) is { Count: > 0 } list ? list : [OfficeAddress];

    /// <summary>Addresses from a comma/semicolon separated list, blanks dropped.</summary>
    public static IReadOnlyList<string> Split(string? addresses) =>
        (addresses ?? string.Empty).Split([',', ';', '，', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether every address is a plain mailbox (<c>name@domain</c>).</summary>
    public static bool AreValid(IEnumerable<string> addresses) =>
        addresses.All(a => a.Contains('@', StringComparison.Ordinal) && MimeKit.MailboxAddress.TryParse(a, out var parsed) && string.Equals(parsed.Address, a, StringComparison.OrdinalIgnoreCase));
}
