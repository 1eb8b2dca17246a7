using System.Diagnostics;
using System.Text;
using Pilot1X.Core.Email;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Samples;
using Xunit.Abstractions;

namespace Pilot1X.Core.Tests.Email;

public sealed class HostileMailTests(ITestOutputHelper output)
{
    private const string Subject = "武汉铁路职业技术学院1+X证书制度试点工作材料";

    [Fact]
    public void Two_mb_html_body_with_thousands_of_unclosed_links_is_scanned_in_well_under_a_second_per_megabyte()
    {
        var eml = HostileMail.UnclosedLinkFlood(Subject, "jwc@wru.edu.cn", 2 << 20);
        using var stream = new MemoryStream(eml, writable: false);
        var stopwatch = Stopwatch.StartNew();

        using var submission = new EmailReader(IntakeLimits.Default).Open(stream, "inbox/flood.eml");

        output.WriteLine($"2 MB body with unclosed links: {stopwatch.ElapsedMilliseconds} ms, {submission.Findings.Count} findings");
        // The backtracking scan took over 100 s of CPU here; a linear one takes well under one (the bound leaves room for a loaded machine).
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        Assert.Equal(50, submission.Findings.Count);
        Assert.All(submission.Findings, f => Assert.Equal(FindingCode.LargeAttachmentLink, f.Code));
        Assert.Contains("材料0.zip", submission.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_anchor_still_puts_its_address_after_its_file_name()
    {
        const string html = "<div>从网易163邮箱发来的超大附件</div><a href=\"https://mail.163.com/d?k=1\">总结报告.zip<span>(300M)</span>"
                            + "<a href='https://mail.163.com/d?k=2'>评价报告.rar</div>";
        var eml = Encoding.UTF8.GetBytes("From: <jwc@wru.edu.cn>\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html);
        using var stream = new MemoryStream(eml, writable: false);

        using var submission = new EmailReader(IntakeLimits.Default).Open(stream, "inbox/unclosed.eml");

        Assert.Collection(submission.Findings,
            f => Assert.Contains("总结报告.zip", f.Message, StringComparison.Ordinal),
            f => Assert.Contains("评价报告.rar", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Ten_mb_header_is_refused_before_mime_parsing_and_named_by_its_shortened_subject()
    {
        var longSubject = string.Concat(Enumerable.Repeat(Subject, 10));
        var eml = HostileMail.OversizedHeader(longSubject, "jwc@wru.edu.cn", 10 << 20);
        using var stream = new MemoryStream(eml, writable: false);
        var stopwatch = Stopwatch.StartNew();

        var error = Assert.Throws<OversizedHeaderException>(() => new EmailReader(IntakeLimits.Default).Open(stream, "inbox/header.eml"));

        output.WriteLine($"10 MB header refused in {stopwatch.ElapsedMilliseconds} ms: {error.Message}");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"took {stopwatch.Elapsed}");
        Assert.Equal(longSubject[..60] + "…", error.Subject);
        Assert.Contains(error.Subject!, error.Message, StringComparison.Ordinal);
        Assert.Contains("inbox/header.eml", error.Message, StringComparison.Ordinal);
        Assert.Equal(IntakeLimits.Default.MaxHeaderBytes, error.Limit);
    }

    [Fact]
    public void The_header_limit_is_on_the_header_block_not_the_body()
    {
        var eml = MailSampleBuilder.Submission(Subject, "教务处", "jwc@wru.edu.cn", [new("总结报告.docx", new byte[64 << 10])]);
        var headerBytes = HeaderBlockLength(eml);

        using (var fits = new MemoryStream(eml, writable: false))
        using (var submission = new EmailReader(new IntakeLimits { MaxHeaderBytes = headerBytes }).Open(fits, "inbox/fits.eml"))
        {
            Assert.Equal(Subject, submission.Envelope.Subject);
        }

        using var over = new MemoryStream(eml, writable: false);
        var error = Assert.Throws<OversizedHeaderException>(() => new EmailReader(new IntakeLimits { MaxHeaderBytes = headerBytes - 1 }).Open(over, "inbox/over.eml"));
        Assert.Equal(Subject, error.Subject);
    }

    [Fact]
    public void Reading_the_head_stops_at_the_end_of_the_header_block()
    {
        var eml = MailSampleBuilder.Submission(Subject, "教务处", "jwc@wru.edu.cn", [new("总结报告.docx", new byte[1 << 20])], messageId: "<head@wru.edu.cn>");
        var headerBytes = HeaderBlockLength(eml);
        using var stream = new MemoryStream(eml, writable: false);

        var head = new EmailReader(IntakeLimits.Default).ReadHead(stream, "inbox/head.eml");

        Assert.InRange(stream.Position, 1, headerBytes);
        Assert.Equal(("head@wru.edu.cn", Subject, "jwc@wru.edu.cn"), (head.Envelope.MessageId, head.Envelope.Subject, head.Envelope.FromAddress));
    }

    public static TheoryData<string> Samples() => ["plain", "auto-reply", "bounce", "report-only-bounce", "link", "raw-gbk-header", "gbk-submission"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_head_alone_gives_the_same_envelope_as_the_whole_message(string sample)
    {
        var reader = new EmailReader(IntakeLimits.Default); // first, it registers the GB code pages
        var eml = sample switch
        {
            "plain" => MailSampleBuilder.Plain("武汉铁路职业技术学院材料", "jwc@wru.edu.cn"),
            "auto-reply" => MailSampleBuilder.AutoReply("武汉铁路职业技术学院材料", "jwc@wru.edu.cn"),
            "bounce" => MailSampleBuilder.Bounce("武汉铁路职业技术学院材料", "nobody@wru.edu.cn"),
            // Only the top-level Content-Type (multipart/report) says it is a bounce: the head must keep it.
            "report-only-bounce" => MailSampleBuilder.Bounce("材料", "nobody@wru.edu.cn", "mx@126.com", "通知"),
            "raw-gbk-header" => Encoding.GetEncoding("GB18030").GetBytes(
                "From: 武汉铁路教务处 <JWC@wru.edu.cn>\r\nSubject: 武汉铁路职业技术学院材料\r\nMessage-ID: <raw@wru.edu.cn>\r\n\r\n正文\r\n"),
            "link" => MailSampleBuilder.LargeAttachmentLink("材料", "jwc@wru.edu.cn", "总结报告.zip", "https://mail.163.com/d?k=1"),
            _ => MailSampleBuilder.Submission(Subject, "教务处", "jwc@wru.edu.cn", [new("总结报告.docx", [1])], AttachmentNameEncoding.Raw8Bit, "gbk"),
        };
        using var stream = new MemoryStream(eml, writable: false);

        var head = reader.ReadHead(stream, "inbox/a.eml");
        stream.Position = 0;
        using var whole = reader.Open(stream, "inbox/a.eml");

        Assert.Equal(whole.Envelope, head.Envelope);
        Assert.Equal(sample is "bounce" or "report-only-bounce" ? EmailEnvelope.Bounce : sample == "auto-reply" ? EmailEnvelope.AutoReply : null,
            head.Envelope.IgnoreReason);
    }

    // MimeKit writes LF line ends on Linux, CRLF elsewhere: the header block ends at the first empty line either way.
    private static int HeaderBlockLength(byte[] eml)
    {
        var lf = eml.AsSpan().IndexOf("\n\n"u8);
        var crlf = eml.AsSpan().IndexOf("\r\n\r\n"u8);
        return lf >= 0 && (crlf < 0 || lf < crlf) ? lf + 2 : crlf + 4;
    }
}
