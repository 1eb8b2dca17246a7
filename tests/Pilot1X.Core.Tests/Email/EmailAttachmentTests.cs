using Pilot1X.Core.Email;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Email;

public sealed class EmailAttachmentTests
{
    [Fact]
    public void Large_attachment_link_is_reported_with_its_file_name()
    {
        var eml = MailSampleBuilder.LargeAttachmentLink("材料", "jwc@wru.edu.cn", "武汉铁路职业技术学院1+X证书制度试点工作.zip",
            "https://mail.163.com/large-attachment-download/index.html?p=X66&file=abc&title=x");
        using var stream = new MemoryStream(eml);
        using var submission = new EmailReader(IntakeLimits.Default).Open(stream, "inbox/02.eml");

        var finding = Assert.Single(submission.Findings);

        Assert.Equal(FindingCode.LargeAttachmentLink, finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("inbox/02.eml", finding.File);
        Assert.Contains("武汉铁路职业技术学院1+X证书制度试点工作.zip", finding.Message, StringComparison.Ordinal);
        Assert.Contains("附件", finding.Suggestion, StringComparison.Ordinal);
        Assert.Contains("上传", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Qq_plain_text_large_attachment_link_is_reported()
    {
        var eml = MailSampleBuilder.Plain("材料", "123456@qq.com", text:
            "从QQ邮箱发来的超大附件\n\n总结报告.rar (1.2G, 2021年01月10日 18:00 到期)\n进入下载页面：https://wx.mail.qq.com/ftn/download?func=3&k=abc\n");
        using var stream = new MemoryStream(eml);
        using var submission = new EmailReader(IntakeLimits.Default).Open(stream, "inbox/03.eml");

        var finding = Assert.Single(submission.Findings);

        Assert.Contains("总结报告.rar", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_without_the_large_attachment_marker_are_not_reported()
    {
        var eml = MailSampleBuilder.Plain("材料", "jwc@wru.edu.cn", text: "学校网站 https://mail.163.com/ 见附件");
        using var stream = new MemoryStream(eml);
        using var submission = new EmailReader(IntakeLimits.Default).Open(stream, "inbox/04.eml");

        Assert.Empty(submission.Findings);
    }

    [Fact]
    public void Forwarded_message_is_yielded_as_an_eml_item_that_opens_again()
    {
        var inner = MailSampleBuilder.Submission("武汉铁路职业技术学院材料", "教务处", "jwc@wru.edu.cn", [new("总结报告.docx", [7, 7])]);
        var eml = MailSampleBuilder.Forwarding("Fw: 武汉铁路职业技术学院材料", "office@hbe.gov.cn", inner);

        var attachments = MailTestReader.Attachments(eml, []);

        var forwarded = Assert.Single(attachments);
        Assert.EndsWith(".eml", forwarded.Name, StringComparison.Ordinal);
        var again = MailTestReader.Attachments(forwarded.Content, []);
        Assert.Equal([("总结报告.docx", new byte[] { 7, 7 })], again.Select(a => (a.Name, a.Content)));
    }

    [Fact]
    public void Attachment_over_the_budget_is_reported_and_skipped_while_the_others_arrive()
    {
        var eml = MailSampleBuilder.Submission("材料", "教务处", "jwc@wru.edu.cn",
            [new("大.pdf", new byte[200_000]), new("小.docx", [1, 2, 3])]);
        var findings = new List<Finding>();

        var attachments = MailTestReader.Attachments(eml, findings, new IntakeLimits { MaxEntryBytes = 100_000 });

        Assert.Equal(["小.docx"], attachments.Select(a => a.Name));
        var finding = Assert.Single(findings);
        Assert.Equal(FindingCode.ArchiveUnsafe, finding.Code);
        Assert.Equal("inbox/01.eml!/大.pdf", finding.File);
        Assert.Contains("100,000", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attachment_names_that_try_to_climb_out_are_sanitised()
    {
        var eml = MailSampleBuilder.Submission("材料", "教务处", "jwc@wru.edu.cn", [new("../../etc/passwd", [1])]);

        var attachments = MailTestReader.Attachments(eml, []);

        Assert.DoesNotContain('/', Assert.Single(attachments).Name);
    }

    [Fact]
    public void Pictures_pasted_into_the_body_are_not_submissions_but_inline_application_files_are()
    {
        var eml = MailSampleBuilder.WithInlineParts("材料", "jwc@wru.edu.cn",
        [
            new("image001.png", [0x89, 0x50], "image/png"),
            new("扫描件.pdf", [0x25, 0x50], "application/pdf"),
        ]);

        var attachments = MailTestReader.Attachments(eml, []);

        Assert.Equal(["扫描件.pdf"], attachments.Select(a => a.Name));
    }

    [Fact]
    public void Picture_sent_as_a_named_attachment_is_a_submission()
    {
        var eml = MailSampleBuilder.Submission("材料", "教务处", "jwc@wru.edu.cn", [new("盖章页-1.jpg", [0xFF, 0xD8], "image/jpeg")]);

        Assert.Equal(["盖章页-1.jpg"], MailTestReader.Attachments(eml, []).Select(a => a.Name));
    }

    [Fact]
    public void Attachments_are_decoded_one_at_a_time_on_demand()
    {
        var eml = MailSampleBuilder.Submission("材料", "教务处", "jwc@wru.edu.cn", [new("一.docx", [1]), new("二.docx", [2]), new("三.pdf", [3])]);
        using var stream = new MemoryStream(eml);
        using var submission = new EmailReader(IntakeLimits.Default).Open(stream, "inbox/01.eml");
        var budget = new ExpansionBudget(IntakeLimits.Default);

        using var first = submission.Attachments(budget, []).First();

        Assert.Equal("一.docx", first.EntryPath);
        Assert.Equal(1, budget.Entries);
        Assert.Equal(1, budget.TotalBytes);
        Assert.True(first.Content.CanSeek);
    }

    [Fact]
    public void Attachments_with_the_same_name_get_distinct_entry_paths()
    {
        var eml = MailSampleBuilder.Submission("材料", "教务处", "jwc@wru.edu.cn", [new("报告.docx", [1]), new("报告.docx", [2])]);

        Assert.Equal(["报告.docx", "报告(2).docx"], MailTestReader.Attachments(eml, []).Select(a => a.Name));
    }

    [Fact]
    public void Message_without_attachments_yields_no_items()
    {
        var eml = MailSampleBuilder.Plain("询问", "jwc@wru.edu.cn");

        Assert.Empty(MailTestReader.Attachments(eml, []));
    }

    [Fact]
    public void Binary_garbage_is_not_a_message_and_the_error_names_the_file_by_its_own_name()
    {
        using var stream = new MemoryStream([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0xFF, 0xFE]);

        var error = Assert.Throws<UnreadableDocumentException>(() => new EmailReader(IntakeLimits.Default).Open(stream, "inbox/x.eml"));

        Assert.StartsWith("“x.eml”不是有效的电子邮件", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("inbox/", error.Message, StringComparison.Ordinal);
    }
}
