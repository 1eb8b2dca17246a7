using Pilot1X.Mail.Receipts;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Mail.Tests.Receipts;

public sealed class ReceiptPolicyTests
{
    private static readonly OfficeOptions Options = new() { OfficeAddress = "hbzcjc@126.com", From = "receipts@126.com" };

    [Theory]
    [InlineData("jwc@hbjt.edu.cn", "AUTO_REPLY", "AUTO_REPLY")]
    [InlineData("MAILER-DAEMON@126.com", "BOUNCE", "BOUNCE")]
    [InlineData("news@list.example.com", "BULK", "BULK")]
    [InlineData("HBZCJC@126.com", null, "OWN_ADDRESS")]
    [InlineData("receipts@126.com", null, "OWN_ADDRESS")]
    [InlineData("no-reply@example.com", null, "ROBOT_SENDER")]
    [InlineData(null, null, "NO_SENDER")]
    [InlineData("jwc@hbjt.edu.cn", null, null)]
    public void Only_a_real_person_other_than_ourselves_gets_a_receipt(string? from, string? ignore, string? expected)
    {
        var message = new MailMessageRow("mid:x", "b", "s", "x@y", null, from, "主题", ignore, DateTimeOffset.UnixEpoch);

        Assert.Equal(expected, ReceiptPolicy.RefusalOf(message, Options));
    }
}
