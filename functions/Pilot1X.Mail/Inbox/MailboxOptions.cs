namespace Pilot1X.Mail.Inbox;

/// <summary>The deployment's mailbox settings (<c>Mailbox__Host/Port/User/AuthorizationCode/Folder/PollSchedule</c>).</summary>
public sealed class MailboxOptions
{
    public const string SectionName = "Mailbox";

    public string? Host { get; set; }

    public int Port { get; set; } = 993;

    public string? User { get; set; }

    /// <summary>NetEase's client authorization code (授权码), not the web password.</summary>
    public string? AuthorizationCode { get; set; }

    public string Folder { get; set; } = "INBOX";

    /// <summary>The timer's six-field CRON in UTC; read by the trigger itself, listed here so every setting has a home.</summary>
    public string? PollSchedule { get; set; }

    /// <summary>The settings for a log line or message, the authorization code only as set or not.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Mailbox {{ Host = {Host}, Port = {Port}, User = {User}, AuthorizationCode = {(string.IsNullOrEmpty(AuthorizationCode) ? "（未设置）" : MailServerAddress.Hidden)}, Folder = {Folder} }}");
}
