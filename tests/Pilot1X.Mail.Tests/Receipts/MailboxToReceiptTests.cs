using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Tests.Local;
using Pilot1X.Samples;

namespace Pilot1X.Mail.Tests.Receipts;

[Collection(MailServers.Name)]
public sealed class MailboxToReceiptTests(AzuriteFixture azurite, DovecotFixture dovecot)
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Pilot1X:Deadline"] = "2099-12-28T23:59:59+08:00",
        ["Pilot1X:OfficeAddress"] = MailSampleBuilder.OfficeAddress,
        ["Pilot1X:Mail:OutboxRetryBaseSeconds"] = "0",
    };

    [Fact]
    public async Task A_mailbox_of_real_looking_mail_yields_one_threaded_chinese_receipt_per_real_submission_and_none_for_the_rest()
    {
        await using var harness = new MailHarness(azurite, dovecot, Settings);
        await using var smtp = new SmtpTestServer();
        smtp.Start();
        await harness.AppendAsync("INBOX",
            Submissions.Word("known@hbjt.edu.cn"),
            Submissions.Word("known@hbjt.edu.cn"),
            Submissions.Word("unknown@example.cn", AttachmentNameEncoding.Rfc2231, school: "某某职业培训中心", from: "office@example.cn"),
            Submissions.AutoReply(),
            Submissions.Bounce(),
            Submissions.Word("own@126.com", from: MailSampleBuilder.OfficeAddress));
        var delivery = new SmtpDelivery(SmtpEndpoint.Parse($"smtp://127.0.0.1:{smtp.Port}"));

        var first = await harness.Get<MailCycle>().RunOnceAsync(harness.Endpoint(), delivery, CancellationToken.None);
        var second = await harness.Get<MailCycle>().RunOnceAsync(harness.Endpoint(), delivery, CancellationToken.None);

        Assert.Equal(2, first.Sent);
        Assert.Equal(0, second.Sent);
        Assert.Equal(2, smtp.Received.Count);
        var known = Assert.Single(smtp.Received, m => m.To.Mailboxes.Single().Address == "jwc@hbjt.edu.cn");
        Assert.Equal("known@hbjt.edu.cn", known.InReplyTo);
        Assert.Contains("known@hbjt.edu.cn", known.References);
        Assert.Equal("Re: 湖北交通职业技术学院1+X证书制度试点工作材料", known.Subject);
        Assert.Equal("auto-replied", known.Headers["Auto-Submitted"]);
        Assert.EndsWith("@126.com", known.MessageId, StringComparison.Ordinal);
        Assert.Contains("湖北交通职业技术学院：", known.TextBody, StringComparison.Ordinal);
        // The attachment name was raw 8-bit GBK in the header: it must arrive decoded in the "what arrived" list.
        Assert.Contains("一、本次收到的文件\n  · 湖北交通职业技术学院1+X证书制度试点工作总结报告.docx", (known.TextBody ?? string.Empty).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("仍需提交", known.HtmlBody, StringComparison.Ordinal);
        var unknown = Assert.Single(smtp.Received, m => m.To.Mailboxes.Single().Address == "office@example.cn");
        Assert.Contains("单位名称不在本次试点院校名单中", unknown.TextBody, StringComparison.Ordinal);
        Assert.Equal(MailSampleBuilder.OfficeAddress, unknown.ReplyTo.Mailboxes.Single().Address);
    }
}
