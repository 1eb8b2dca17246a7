using System.Text;
using Pilot1X.Core.Findings;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Email;

public sealed class EmailEncodingTests
{
    // 䶮 (U+4DAE) exists in GB18030 but not in GBK/GB2312: it proves the full GB18030 table is used.
    private const string Summary = "武汉铁路职业技术学院1+X证书制度试点工作总结报告䶮.docx";
    private const string Scan = "武汉铁路职业技术学院1+X证书制度试点工作总结报告（盖章扫描版）.pdf";

    [Theory]
    [InlineData(AttachmentNameEncoding.Rfc2047)]
    [InlineData(AttachmentNameEncoding.Rfc2231)]
    [InlineData(AttachmentNameEncoding.Raw8Bit)]
    public void Attachment_names_in_gb18030_decode_in_every_header_encoding(AttachmentNameEncoding encoding)
    {
        var eml = MailSampleBuilder.Submission("武汉铁路职业技术学院1+X证书制度试点工作", "教务处", "jwc@wru.edu.cn",
            [new(Summary, "docx"u8.ToArray()), new(Scan, "pdf"u8.ToArray(), "application/pdf")], encoding);
        var findings = new List<Finding>();

        var attachments = MailTestReader.Attachments(eml, findings);

        Assert.Empty(findings);
        Assert.Equal([Summary, Scan], attachments.Select(a => a.Name));
        Assert.Equal("docx"u8.ToArray(), attachments[0].Content);
    }

    [Fact]
    public void Raw_8bit_sample_really_carries_gbk_bytes_in_the_header()
    {
        var eml = MailSampleBuilder.Submission("s", "n", "a@b.cn", [new(Scan, [1])], AttachmentNameEncoding.Raw8Bit);

        Assert.True(eml.AsSpan().IndexOf(Encoding.GetEncoding("GB18030").GetBytes("（盖章扫描版）.pdf\"")) > 0);
    }

    [Theory]
    [InlineData("gbk")]
    [InlineData("gb2312")]
    [InlineData("gb18030")]
    public void Chinese_subject_and_sender_name_decode_and_address_is_lower_cased(string charset)
    {
        var eml = MailSampleBuilder.Submission("武汉铁路职业技术学院1+X证书制度试点工作材料", "武汉铁路职业技术学院教务处", "JWC@WRU.edu.cn",
            [], charset: charset, messageId: "20201225163000.12345@wru.edu.cn");

        var envelope = MailTestReader.Envelope(eml);

        Assert.Equal("武汉铁路职业技术学院1+X证书制度试点工作材料", envelope.Subject);
        Assert.Equal("武汉铁路职业技术学院教务处", envelope.FromName);
        Assert.Equal("jwc@wru.edu.cn", envelope.FromAddress);
        Assert.Equal("20201225163000.12345@wru.edu.cn", envelope.MessageId);
        Assert.Equal(new DateTimeOffset(2020, 12, 25, 16, 30, 0, TimeSpan.FromHours(8)), envelope.Date);
        Assert.Null(envelope.IgnoreReason);
    }
}
