using MimeKit;

namespace Pilot1X.Mail.Tests.Receipts;

public sealed class ReceiptComposerTests
{
    [Fact]
    public void A_receipt_is_a_threaded_automatic_reply_with_a_message_id_in_our_own_domain()
    {
        using var receipt = ReceiptSamples.Composer().Compose(ReceiptSamples.Request(ReceiptSamples.School));

        Assert.Equal("Re: 湖北交通职业技术学院1+X材料", receipt.Subject);
        Assert.Equal("a1@hbjt.edu.cn", receipt.InReplyTo);
        Assert.Equal(["earlier@hbjt.edu.cn", "a1@hbjt.edu.cn"], receipt.References);
        Assert.Equal("receipt.0123456789abcdef01234567@126.com", receipt.MessageId);
        Assert.Equal("auto-replied", receipt.Headers["Auto-Submitted"]);
        Assert.Equal("All", receipt.Headers["X-Auto-Response-Suppress"]);
        Assert.Equal("jwc@hbjt.edu.cn", receipt.To.Mailboxes.Single().Address);
        Assert.Equal("hbzcjc@126.com", receipt.From.Mailboxes.Single().Address);
    }

    [Fact]
    public void A_receipt_says_what_arrived_every_finding_with_its_fix_the_correct_names_what_is_missing_and_the_deadline_in_cst()
    {
        using var receipt = ReceiptSamples.Composer().Compose(ReceiptSamples.Request(ReceiptSamples.School));

        foreach (var body in new[] { receipt.TextBody, receipt.HtmlBody })
        {
            Assert.Contains("湖北交通职业技术学院：", body, StringComparison.Ordinal);
            Assert.Contains("2020年12月20日 10:00（北京时间）", body, StringComparison.Ordinal);
            Assert.Contains("总结报告.docx", body, StringComparison.Ordinal);
            Assert.Contains("1+X证书制度试点工作总结报告：Word 版已收到但有问题（见下文），盖章扫描件未交", body, StringComparison.Ordinal);
            Assert.Contains("名称不符合要求。 修改方法：请改名为", body, StringComparison.Ordinal);
            Assert.Contains("湖北交通职业技术学院1+X证书制度试点工作总结报告（盖章扫描版）.pdf", body, StringComparison.Ordinal);
            Assert.Contains("对培训评价组织1+X证书制度试点工作评价报告（Word 版），文件名：湖北交通职业技术学院1+X证书制度试点工作", body, StringComparison.Ordinal);
            Assert.Contains("报送截止时间：2020年12月28日 23:59（北京时间）", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Submitted_subject_and_file_names_are_html_escaped_in_the_html_part()
    {
        var request = ReceiptSamples.Request(ReceiptSamples.School, subject: "<script>alert(1)</script>", file: "<img src=x onerror=alert(1)>.docx");

        using var receipt = ReceiptSamples.Composer().Compose(request);

        Assert.DoesNotContain("<script>", receipt.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", receipt.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", receipt.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", receipt.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_submission_from_an_unknown_institution_gets_a_receipt_asking_for_the_name_on_the_roster()
    {
        using var receipt = ReceiptSamples.Composer().Compose(ReceiptSamples.Request(institution: null));

        Assert.Contains("未能从邮件主题、发件人地址和附件文件名中识别出贵单位", receipt.TextBody, StringComparison.Ordinal);
        Assert.Contains("请直接回复本邮件，注明贵单位在名单中的全称", receipt.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("二、各项材料情况", receipt.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_subject_is_not_prefixed_twice_and_the_body_has_html_and_plain_alternatives()
    {
        using var receipt = ReceiptSamples.Composer("receipts@126.com").Compose(ReceiptSamples.Request(ReceiptSamples.School, subject: "Re: 补交材料"));

        Assert.Equal("Re: 补交材料", receipt.Subject);
        Assert.Equal("receipts@126.com", receipt.From.Mailboxes.Single().Address);
        var alternative = Assert.IsType<MultipartAlternative>(receipt.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
    }
}
