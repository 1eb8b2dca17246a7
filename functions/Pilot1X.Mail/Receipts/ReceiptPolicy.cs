using Pilot1X.Mail.Inbox;
using Pilot1X.Storage.Options;

namespace Pilot1X.Mail.Receipts;

/// <summary>
/// Who never gets a receipt: auto-replies, bounces, bulk and list mail (answering them starts loops or spams lists),
/// mail from our own addresses, and mail without a sender to answer. Returns the reason, for the log and the row.
/// </summary>
public static class ReceiptPolicy
{
    private static readonly string[] Robots = ["mailer-daemon", "postmaster", "noreply", "no-reply", "donotreply"];

    public static string? RefusalOf(InboxMessage message, OfficeOptions options)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(options);
        if (message.IgnoreReason is { } reason)
        {
            return reason;
        }

        if (string.IsNullOrWhiteSpace(message.From) || !message.From.Contains('@', StringComparison.Ordinal))
        {
            return "NO_SENDER";
        }

        var from = message.From.Trim();
        if (from.Equals(options.OfficeAddress, StringComparison.OrdinalIgnoreCase) || (options.From is { Length: > 0 } own && from.Equals(own, StringComparison.OrdinalIgnoreCase)))
        {
            return "OWN_ADDRESS";
        }

        var local = from[..from.IndexOf('@', StringComparison.Ordinal)];
        return Robots.Any(r => local.Equals(r, StringComparison.OrdinalIgnoreCase)) ? "ROBOT_SENDER" : null;
    }
}
