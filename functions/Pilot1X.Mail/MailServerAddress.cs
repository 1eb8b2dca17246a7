namespace Pilot1X.Mail;

/// <summary>
/// How a mail server address (<c>imaps://账号:授权码@主机…</c>, <c>smtps://…</c>) may appear in a message or log: never with
/// its user-info, which carries the authorization code. Works on malformed text too, where no URI parser can help.
/// </summary>
public static class MailServerAddress
{
    public const string Hidden = "***";

    /// <summary>The address with everything between the scheme (or start) and the last <c>@</c> replaced by <see cref="Hidden"/>.</summary>
    public static string Redact(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var at = address.LastIndexOf('@');
        if (at < 0)
        {
            return address;
        }

        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        var start = scheme >= 0 && scheme < at ? scheme + 3 : 0;
        return address[..start] + Hidden + address[at..];
    }
}
