using Pilot1X.Core.Email;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Email;

public sealed class AutomatedMailTests
{
    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("Auto-Submitted", "auto-generated; owner-email=\"a@b.cn\"")]
    [InlineData("Precedence", "bulk")]
    [InlineData("Precedence", "junk")]
    [InlineData("Precedence", "list")]
    [InlineData("X-Autoreply", "yes")]
    [InlineData("X-Autorespond", "Out of office")]
    public void Auto_reply_headers_mark_the_mail_ignored(string header, string value)
    {
        var eml = MailSampleBuilder.Plain("Re: 材料", "teacher@school.cn", [new(header, value)]);

        Assert.Equal(EmailEnvelope.AutoReply, MailTestReader.Envelope(eml).IgnoreReason);
    }

    [Theory]
    [InlineData("自动回复：关于1+X证书材料")]
    [InlineData("自動回覆: 材料")]
    [InlineData("Auto Reply: materials")]
    [InlineData("Automatic reply: materials")]
    [InlineData("Out of Office: materials")]
    [InlineData("休假中")]
    public void Auto_reply_subjects_mark_the_mail_ignored(string subject)
    {
        var eml = MailSampleBuilder.Plain(subject, "teacher@school.cn");

        Assert.Equal(EmailEnvelope.AutoReply, MailTestReader.Envelope(eml).IgnoreReason);
    }

    [Fact]
    public void NetEase_style_auto_reply_is_ignored()
    {
        var eml = MailSampleBuilder.AutoReply("武汉铁路职业技术学院1+X证书制度试点工作", "jwc@wru.edu.cn");

        Assert.Equal(EmailEnvelope.AutoReply, MailTestReader.Envelope(eml).IgnoreReason);
    }

    [Theory]
    [InlineData("Auto-Submitted", "no")]
    [InlineData("X-Auto-Response-Suppress", "All")]
    [InlineData("Precedence", "normal")]
    public void Ordinary_mail_headers_do_not_mark_the_mail_ignored(string header, string value)
    {
        var eml = MailSampleBuilder.Plain("武汉铁路职业技术学院1+X证书制度试点工作", "teacher@school.cn", [new(header, value)]);

        Assert.Null(MailTestReader.Envelope(eml).IgnoreReason);
    }

    [Fact]
    public void Delivery_status_report_is_a_bounce()
    {
        var eml = MailSampleBuilder.Bounce("1+X证书制度试点工作回执", "nobody@school.cn");

        Assert.Equal(EmailEnvelope.Bounce, MailTestReader.Envelope(eml).IgnoreReason);
    }

    [Fact]
    public void Delivery_status_report_from_an_ordinary_address_with_a_neutral_subject_is_still_a_bounce()
    {
        var eml = MailSampleBuilder.Bounce("回执", "nobody@school.cn", "notify@mx.school.cn", "Notification");

        Assert.Equal(EmailEnvelope.Bounce, MailTestReader.Envelope(eml).IgnoreReason);
    }

    [Theory]
    [InlineData("MAILER-DAEMON@qq.com", "Re: 材料")]
    [InlineData("postmaster@school.cn", "Re: 材料")]
    [InlineData("teacher@school.cn", "系统退信")]
    [InlineData("teacher@school.cn", "退信：1+X证书制度试点工作")]
    [InlineData("teacher@school.cn", "Undeliverable: 材料")]
    [InlineData("teacher@school.cn", "Delivery Status Notification (Failure)")]
    public void Bounce_senders_and_subjects_are_bounces(string from, string subject)
    {
        var eml = MailSampleBuilder.Plain(subject, from);

        Assert.Equal(EmailEnvelope.Bounce, MailTestReader.Envelope(eml).IgnoreReason);
    }
}
