namespace Pilot1X.Mail.Reports;

/// <summary>
/// Who receives the office's report (<c>Pilot1X__ReportRecipients</c>: addresses separated by commas or semicolons),
/// defaulting to the office mailbox; the mailbox and the sender are the office's facts (<see cref="Pipeline.Options.OfficeOptions"/>).
/// An on-demand report names every institution and contact, so it may go only to the domains of those addresses and
/// of <c>Pilot1X__ReportAllowedDomains</c>: a leaked function key or a typo cannot mail the workbook anywhere else.
/// </summary>
public sealed partial class ReportOptions
{
    public const string RecipientsSetting = "Pilot1X:ReportRecipients";

    public const string AllowedDomainsSetting = "Pilot1X:ReportAllowedDomains";

    /// <summary>Further domains an on-demand report may go to, separated by commas or semicolons (e.g. <c>hbe.gov.cn</c>).</summary>
    public string? AllowedDomains { get; set; }

    public string? Recipients { get; set; }

    /// <summary>The configured recipients, or the office mailbox alone.</summary>
    public IReadOnlyList<string> RecipientsOr(string officeAddress) => Split(Recipients) is { Count: > 0 } list ? list : [officeAddress];

    /// <summary>The domains a report may go to: the configured recipients', the office mailbox's and the extra ones, lower case.</summary>
    public IReadOnlySet<string> AllowedDomainSet(string officeAddress) =>
        RecipientsOr(officeAddress).Append(officeAddress).Select(DomainOf).Concat(Split(AllowedDomains)).Select(d => d.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether every extra domain is a host name such as <c>hbe.gov.cn</c> (checked at start).</summary>
    public bool AllowedDomainsAreValid => Split(AllowedDomains).All(DomainName().IsMatch);

    /// <summary>Null when every address is in an allowed domain, else the Chinese refusal naming the others.</summary>
    public string? RefusalFor(IEnumerable<string> addresses, string officeAddress)
    {
        var allowed = AllowedDomainSet(officeAddress);
        var outside = addresses.Where(a => !allowed.Contains(DomainOf(a).ToLowerInvariant())).ToList();
        return outside.Count == 0
            ? null
            : $"汇总表只能发往已配置的邮箱域名（{string.Join("、", allowed.Order(StringComparer.Ordinal))}），{string.Join("、", outside)} 不在其中；确需发往其他单位时，请把它的域名加入设置 Pilot1X__ReportAllowedDomains。";
    }

    /// <summary>Addresses from a comma/semicolon separated list, blanks dropped.</summary>
    public static IReadOnlyList<string> Split(string? addresses) =>
        (addresses ?? string.Empty).Split([',', ';', '，', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether every address is a plain mailbox (<c>name@domain</c>).</summary>
    public static bool AreValid(IEnumerable<string> addresses) =>
        addresses.All(a => a.Contains('@', StringComparison.Ordinal) && MimeKit.MailboxAddress.TryParse(a, out var parsed) && string.Equals(parsed.Address, a, StringComparison.OrdinalIgnoreCase));

    private static string DomainOf(string address) => address[(address.LastIndexOf('@') + 1)..];

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")]
    private static partial System.Text.RegularExpressions.Regex DomainName();
}
