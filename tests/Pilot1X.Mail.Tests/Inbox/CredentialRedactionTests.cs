using MailKit.Security;
using Pilot1X.Mail.Inbox;
using Pilot1X.Mail.Outbox;

namespace Pilot1X.Mail.Tests.Inbox;

public sealed class CredentialRedactionTests
{
    [Theory]
    [InlineData("imapz://user:SECRET@imap.126.com:993/INBOX")]
    [InlineData("imaps://user:SECRET@")]
    [InlineData("imap:/user:SECRET@imap.126.com")]
    [InlineData("imaps//user:SECRET@imap.126.com")]
    public void A_malformed_mailbox_address_is_refused_without_echoing_its_authorization_code(string address)
    {
        var error = Assert.Throws<FormatException>(() => MailboxEndpoint.Parse(address));

        Assert.DoesNotContain("SECRET", error.Message, StringComparison.Ordinal);
        Assert.Contains("imaps://账号:授权码@主机", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mailbox_address_with_an_unknown_scheme_is_shown_with_its_user_info_hidden()
    {
        var error = Assert.Throws<FormatException>(() => MailboxEndpoint.Parse("imapz://user:SECRET@imap.126.com:993/INBOX"));

        Assert.Contains("“imapz://***@imap.126.com:993/INBOX”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_smtp_address_is_refused_without_echoing_its_password()
    {
        var error = Assert.Throws<FormatException>(() => SmtpEndpoint.Parse("smtpz://a%40126.com:SECRET@smtp.126.com:465"));

        Assert.DoesNotContain("SECRET", error.Message, StringComparison.Ordinal);
        Assert.Contains("smtpz://***@smtp.126.com:465", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("imaps://u:p%40ss@host/INBOX", "imaps://***@host/INBOX")]
    [InlineData("u:SECRET@host", "***@host")]
    [InlineData("/home/office/mails", "/home/office/mails")]
    public void A_server_address_loses_its_user_info_and_nothing_else(string address, string expected) =>
        Assert.Equal(expected, MailServerAddress.Redact(address));

    [Fact]
    public void Endpoints_print_their_server_and_account_but_never_the_secret()
    {
        var mailbox = MailboxEndpoint.Parse("imaps://hbzcjc%40126.com:SECRET@imap.126.com:993/INBOX").ToString();
        var smtp = SmtpEndpoint.Parse("smtps://hbzcjc%40126.com:SECRET@smtp.126.com:465").ToString();
        var withoutPassword = new SmtpEndpoint("127.0.0.1", 2525, SecureSocketOptions.StartTlsWhenAvailable, null, null).ToString();

        Assert.DoesNotContain("SECRET", mailbox, StringComparison.Ordinal);
        Assert.Contains("imap.126.com", mailbox, StringComparison.Ordinal);
        Assert.Contains("hbzcjc@126.com", mailbox, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", smtp, StringComparison.Ordinal);
        Assert.Contains("smtp.126.com", smtp, StringComparison.Ordinal);
        Assert.Contains("Password = ***", smtp, StringComparison.Ordinal);
        Assert.Contains("Password = （无）", withoutPassword, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mail_settings_print_their_server_and_account_but_never_the_secret()
    {
        var mailbox = new MailboxOptions { Host = "imap.126.com", User = "hbzcjc@126.com", AuthorizationCode = "SECRET" }.ToString();
        var smtp = new SmtpOptions { Host = "smtp.126.com", User = "hbzcjc@126.com", Password = "SECRET" }.ToString();
        var unset = new SmtpOptions { Host = "smtp.126.com" }.ToString();

        Assert.DoesNotContain("SECRET", mailbox, StringComparison.Ordinal);
        Assert.Contains("Host = imap.126.com", mailbox, StringComparison.Ordinal);
        Assert.Contains("AuthorizationCode = ***", mailbox, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", smtp, StringComparison.Ordinal);
        Assert.Contains("User = hbzcjc@126.com", smtp, StringComparison.Ordinal);
        Assert.Contains("Password = （未设置）", unset, StringComparison.Ordinal);
    }
}
