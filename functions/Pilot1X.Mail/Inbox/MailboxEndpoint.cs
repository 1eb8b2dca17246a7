using System.Globalization;
using System.Net.Security;
using MailKit.Security;

namespace Pilot1X.Mail.Inbox;

/// <summary>
/// Where and how to reach the office mailbox. NetEase needs implicit TLS on 993 and the authorization code (授权码),
/// not the web password; plain IMAP is only for a server on loopback.
/// </summary>
public sealed record MailboxEndpoint(string Host, int Port, SecureSocketOptions Security, string User, string Password, string Folder)
{
    /// <summary>Accepts a certificate the system does not trust (a test server's self-signed one); null = system trust.</summary>
    public RemoteCertificateValidationCallback? CertificateValidation { get; init; }

    /// <summary>The deployment's mailbox: implicit TLS on 993 (NetEase), STARTTLS on any other port.</summary>
    /// <exception cref="FormatException">A required setting is missing (Chinese message naming it).</exception>
    public static MailboxEndpoint FromOptions(MailboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Host) || string.IsNullOrWhiteSpace(options.User) || string.IsNullOrWhiteSpace(options.AuthorizationCode))
        {
            throw new FormatException("收件邮箱未配置完整：请设置 Mailbox__Host、Mailbox__User 和 Mailbox__AuthorizationCode（网易邮箱的客户端授权码，不是登录密码）。");
        }

        var security = options.Port == 993 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        return new MailboxEndpoint(options.Host, options.Port, security, options.User, options.AuthorizationCode, string.IsNullOrWhiteSpace(options.Folder) ? "INBOX" : options.Folder);
    }

    /// <summary>Reads <c>imaps://USER:PASSWORD@HOST:PORT/FOLDER</c> or <c>imap://…</c> (STARTTLS when offered; plain only on loopback).</summary>
    /// <exception cref="FormatException">Chinese message naming what is wrong.</exception>
    public static MailboxEndpoint Parse(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("imap" or "imaps"))
        {
            throw new FormatException($"邮箱地址“{MailServerAddress.Redact(address)}”无法识别，应写成 imaps://账号:授权码@主机:端口/INBOX 或 imap://…。");
        }

        var credentials = uri.UserInfo.Split(':', 2);
        if (credentials.Length != 2 || credentials[0].Length == 0)
        {
            throw new FormatException($"邮箱地址“{uri.Host}”缺少账号或授权码，应写成 imaps://账号:授权码@主机:端口/INBOX。");
        }

        var secure = string.Equals(uri.Scheme, "imaps", StringComparison.Ordinal);
        var security = secure ? SecureSocketOptions.SslOnConnect : uri.IsLoopback ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.StartTls;
        var port = uri.IsDefaultPort || uri.Port < 0 ? (secure ? 993 : 143) : uri.Port;
        var folder = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        return new MailboxEndpoint(uri.Host, port, security, Uri.UnescapeDataString(credentials[0]), Uri.UnescapeDataString(credentials[1]),
            folder.Length == 0 ? "INBOX" : folder);
    }

    /// <summary>Everything but the authorization code: the synthesized record text would print it into any log or message.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"MailboxEndpoint {{ Host = {Host}, Port = {Port}, Security = {Security}, User = {User}, Password = {MailServerAddress.Hidden}, Folder = {Folder} }}");

    /// <summary>The key the checkpoint is stored under: host, user and folder.</summary>
    public string CheckpointKey => string.Create(CultureInfo.InvariantCulture, $"{User}@{Host}/{Folder}");
}
