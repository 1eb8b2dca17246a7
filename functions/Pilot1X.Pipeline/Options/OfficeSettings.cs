using System.Net.Mail;
using Microsoft.Extensions.Configuration;

namespace Pilot1X.Pipeline.Options;

/// <summary>
/// Reads <see cref="OfficeOptions"/> from configuration, the one place that knows the setting names, and says in Chinese
/// what is wrong with them. The Functions app and <c>pilot1x</c> both read through here.
/// </summary>
public static class OfficeSettings
{
    public const string Deadline = "Pilot1X:Deadline";
    public const string OfficeAddress = "Pilot1X:OfficeAddress";
    public const string OfficeContactName = "Pilot1X:OfficeContactName";
    public const string From = "Smtp:From";

    /// <summary>The options the settings give (defaults where a setting is empty) and the problems found, if any.</summary>
    public static OfficeOptions Read(IConfiguration configuration, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new OfficeOptions();
        var found = new List<string>();
        if (configuration[Deadline] is { Length: > 0 } deadline)
        {
            if (ChinaTime.TryParse(deadline, endOfDay: true, out var parsed))
            {
                options.Deadline = parsed;
            }
            else
            {
                found.Add($"Pilot1X__Deadline 的值“{deadline}”不是有效的时间，请写成 2020-12-28T23:59:59+08:00 或 2020-12-28。");
            }
        }

        options.OfficeAddress = Text(configuration, OfficeAddress) ?? options.OfficeAddress;
        options.OfficeContactName = Text(configuration, OfficeContactName);
        options.From = Text(configuration, From);
        if (!IsMailbox(options.OfficeAddress))
        {
            found.Add($"Pilot1X__OfficeAddress 的值“{options.OfficeAddress}”不是有效的邮箱地址，请写成 office@example.cn。");
        }

        if (options.From is { } from && !IsMailbox(from))
        {
            found.Add($"Smtp__From 的值“{from}”不是有效的邮箱地址，请写成 office@example.cn。");
        }

        problems = found;
        return options;
    }

    /// <summary>Whether the text is a plain mailbox (<c>name@domain</c>), nothing around it.</summary>
    public static bool IsMailbox(string address) =>
        MailAddress.TryCreate(address, out var parsed) && string.Equals(parsed.Address, address, StringComparison.OrdinalIgnoreCase) && parsed.Host.Length > 0;

    private static string? Text(IConfiguration configuration, string key) =>
        configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
