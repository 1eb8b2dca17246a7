namespace Pilot1X.Cli.Tests.Commands;

/// <summary>A mistyped mailbox or SMTP address is a usage error that never prints the credentials it carries.</summary>
public sealed class MailServerArgumentTests
{
    [Theory]
    [InlineData("--mailbox", "imapz://user:SECRET@imap.126.com:993/INBOX")]
    [InlineData("--mailbox", "imapz:user:SECRET@imap.126.com")]
    [InlineData("--smtp", "smtpz://user:SECRET@smtp.126.com:465")]
    public async Task A_malformed_server_address_is_refused_before_anything_starts_without_echoing_the_password(string option, string address)
    {
        string[] args = option == "--mailbox" ? ["run", "--mailbox", address] : ["run", "--mailbox", "imaps://u:p@imap.126.com/INBOX", "--smtp", address];

        var (exit, stdout, stderr) = await CliRunner.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.DoesNotContain("SECRET", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", stdout, StringComparison.Ordinal);
        Assert.Contains("***@", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Azurite", stdout, StringComparison.Ordinal);
    }
}
