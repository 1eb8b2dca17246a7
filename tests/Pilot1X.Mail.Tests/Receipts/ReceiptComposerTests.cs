using Microsoft.Extensions.Options;
using MimeKit;
using Pilot1X.Mail.Receipts;
using Pilot1X.Pipeline.Options;

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
            Assert.Contains("【建议】文件“总结报告.docx”的名称不符合要求。 修改方法：请改名为", body, StringComparison.Ordinal);
            Assert.Contains("湖北交通职业技术学院1+X证书制度试点工作总结报告（盖章扫描版）.pdf", body, StringComparison.Ordinal);
            Assert.Contains("【必须修改（影响齐全）】对培训评价组织1+X证书制度试点工作评价报告（Word 版），文件名：湖北交通职业技术学院1+X证书制度试点工作", body, StringComparison.Ordinal);
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
    public void A_submission_from_an_unknown_institution_says_the_name_is_not_on_the_roster_lists_the_closest_names_and_whom_to_ask()
    {
        var request = ReceiptSamples.Request(institution: null) with { ClosestNames = ["湖北交通职业技术学院", "武汉交通职业学院", "湖北职业技术学院"] };

        using var receipt = ReceiptSamples.Composer().Compose(request);

        Assert.Contains("单位名称不在本次试点院校名单中", receipt.TextBody, StringComparison.Ordinal);
        Assert.Contains("名单中与之最接近的单位名称：“湖北交通职业技术学院”、“武汉交通职业学院”、“湖北职业技术学院”。", receipt.TextBody, StringComparison.Ordinal);
        Assert.Contains("如有疑问请联系：hbzcjc@126.com", receipt.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("二、各项材料情况", receipt.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("王老师", "如有疑问请联系：王老师 hbzcjc@126.com")]
    [InlineData(null, "如有疑问请联系：hbzcjc@126.com")]
    public void Every_receipt_names_the_office_contact_and_replies_go_to_the_office_mailbox(string? contact, string line)
    {
        var composer = new ReceiptComposer(Options.Create(new OfficeOptions { OfficeAddress = "hbzcjc@126.com", From = "receipts@126.com", OfficeContactName = contact }));

        using var receipt = composer.Compose(ReceiptSamples.Request(ReceiptSamples.School));

        Assert.Equal("hbzcjc@126.com", receipt.ReplyTo.Mailboxes.Single().Address);
        Assert.Equal("receipts@126.com", receipt.From.Mailboxes.Single().Address);
        Assert.Contains(line, receipt.TextBody, StringComparison.Ordinal);
        Assert.Contains(line, receipt.HtmlBody, StringComparison.Ordinal);
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
