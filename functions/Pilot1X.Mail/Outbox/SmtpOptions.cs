namespace Pilot1X.Mail.Outbox;

/// <summary>The deployment's SMTP settings (<c>Smtp__Host/Port/User/Password/From/StartTls</c>). Port 25 is blocked outbound on Azure: 465 implicit TLS is the default.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 465;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string? From { get; set; }

    /// <summary>STARTTLS (usually port 587) instead of implicit TLS.</summary>
    public bool StartTls { get; set; }

    /// <summary>The settings for a log line or message, the password only as set or not.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Smtp {{ Host = {Host}, Port = {Port}, StartTls = {StartTls}, User = {User}, Password = {(string.IsNullOrEmpty(Password) ? "（未设置）" : MailServerAddress.Hidden)}, From = {From} }}");
}
