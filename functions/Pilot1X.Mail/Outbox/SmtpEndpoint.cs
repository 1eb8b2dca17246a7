using System.Globalization;
using System.Net;
using System.Net.Security;
using MailKit.Security;

namespace Pilot1X.Mail.Outbox;

/// <summary>Where outgoing mail goes: an SMTP server (465 implicit TLS by default, STARTTLS on request, plain only on loopback).</summary>
public sealed record SmtpEndpoint(string Host, int Port, SecureSocketOptions Security, string? User, string? Password)
{
    /// <summary>Accepts a certificate the system does not trust (a test server's); null = system trust.</summary>
    public RemoteCertificateValidationCallback? CertificateValidation { get; init; }

    public static SmtpEndpoint FromOptions(SmtpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            throw new FormatException("未配置发信服务器：请设置 Smtp__Host（例如 smtp.126.com）和 Smtp__Port（465）。");
        }

        return new SmtpEndpoint(options.Host, options.Port, SecurityFor(options.Host, options.Port, options.StartTls), options.User, options.Password);
    }

    /// <summary>Reads <c>smtp://HOST:PORT</c> (STARTTLS when offered; plain only on loopback) or <c>smtps://USER:PASSWORD@HOST:PORT</c>.</summary>
    public static SmtpEndpoint Parse(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("smtp" or "smtps"))
        {
            throw new FormatException($"发信地址“{MailServerAddress.Redact(address)}”无法识别，应写成 smtps://账号:授权码@主机:465 或 smtp://主机:端口。");
        }

        var secure = string.Equals(uri.Scheme, "smtps", StringComparison.Ordinal);
        var credentials = uri.UserInfo.Length == 0 ? [] : uri.UserInfo.Split(':', 2);
        var port = uri.IsDefaultPort || uri.Port < 0 ? (secure ? 465 : 587) : uri.Port;
        var security = secure ? SecureSocketOptions.SslOnConnect : SecurityFor(uri.Host, port, startTls: true);
        return new SmtpEndpoint(uri.Host, port, security,
            credentials.Length > 0 ? Uri.UnescapeDataString(credentials[0]) : null,
            credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : null);
    }

    /// <summary>Everything but the password: the synthesized record text would print it into any log or message.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"SmtpEndpoint {{ Host = {Host}, Port = {Port}, Security = {Security}, User = {User}, Password = {(Password is null ? "（无）" : MailServerAddress.Hidden)} }}");

    private static SecureSocketOptions SecurityFor(string host, int port, bool startTls)
    {
        var loopback = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
        if (loopback)
        {
            return port == 465 && !startTls ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
        }

        return startTls ? SecureSocketOptions.StartTls : SecureSocketOptions.SslOnConnect;
    }
}
