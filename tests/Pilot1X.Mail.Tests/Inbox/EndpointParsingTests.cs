using MailKit.Security;
using Pilot1X.Mail.Inbox;
using Pilot1X.Mail.Outbox;

namespace Pilot1X.Mail.Tests.Inbox;

public sealed class EndpointParsingTests
{
    [Fact]
    public void An_imaps_address_means_implicit_tls_with_the_authorization_code_and_folder()
    {
        var endpoint = MailboxEndpoint.Parse("imaps://hbzcjc%40126.com:AUTHCODE@imap.126.com:993/INBOX");

        Assert.Equal(new MailboxEndpoint("imap.126.com", 993, SecureSocketOptions.SslOnConnect, "hbzcjc@126.com", "AUTHCODE", "INBOX"), endpoint);
    }

    [Fact]
    public void Plain_imap_is_allowed_only_on_loopback_elsewhere_starttls_is_required()
    {
        Assert.Equal(SecureSocketOptions.StartTlsWhenAvailable, MailboxEndpoint.Parse("imap://u:p@127.0.0.1:1143/INBOX").Security);
        Assert.Equal(SecureSocketOptions.StartTls, MailboxEndpoint.Parse("imap://u:p@mail.example.cn/INBOX").Security);
    }

    [Fact]
    public void Smtp_defaults_to_implicit_tls_on_465_and_starttls_is_an_option()
    {
        Assert.Equal(SecureSocketOptions.SslOnConnect, SmtpEndpoint.FromOptions(new SmtpOptions { Host = "smtp.126.com" }).Security);
        Assert.Equal(465, SmtpEndpoint.FromOptions(new SmtpOptions { Host = "smtp.126.com" }).Port);
        Assert.Equal(SecureSocketOptions.StartTls, SmtpEndpoint.FromOptions(new SmtpOptions { Host = "smtp.126.com", Port = 587, StartTls = true }).Security);
        Assert.Equal(new SmtpEndpoint("smtp.126.com", 465, SecureSocketOptions.SslOnConnect, "a@126.com", "code"), SmtpEndpoint.Parse("smtps://a%40126.com:code@smtp.126.com:465"));
    }

    [Fact]
    public void A_malformed_address_is_refused_with_a_chinese_message_showing_the_right_form()
    {
        var error = Assert.Throws<FormatException>(() => MailboxEndpoint.Parse("pop3://x@y"));

        Assert.Contains("imaps://账号:授权码@主机:端口/INBOX", error.Message, StringComparison.Ordinal);
    }
}
