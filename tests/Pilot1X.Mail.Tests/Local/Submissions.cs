using Pilot1X.Samples;

namespace Pilot1X.Mail.Tests.Local;

/// <summary>Real-looking mail for the office mailbox, made by the project's sample builder.</summary>
public static class Submissions
{
    public const string School = "湖北交通职业技术学院";

    public static byte[] Word(string messageId, AttachmentNameEncoding names = AttachmentNameEncoding.Raw8Bit, string school = School, int padding = 0,
        string from = "jwc@hbjt.edu.cn", string? subject = null) =>
        MailSampleBuilder.Submission(subject ?? $"{school}1+X证书制度试点工作材料", "教务处 王老师", from,
        [
            new MailSampleAttachment($"{school}1+X证书制度试点工作总结报告.docx", WordSamples.SummaryReport(school)),
            .. padding > 0 ? new[] { new MailSampleAttachment("附件说明.bin", Padding(padding)) } : [],
        ], names, messageId: messageId, date: new DateTimeOffset(2020, 12, 20, 10, 0, 0, TimeSpan.FromHours(8)));

    public static byte[] AutoReply() => MailSampleBuilder.AutoReply("1+X证书制度试点工作材料报送提醒", "leader@hbjt.edu.cn");

    public static byte[] Bounce() => MailSampleBuilder.Bounce("1+X证书制度试点工作材料报送提醒", "nobody@hbjt.edu.cn");

    private static byte[] Padding(int size)
    {
        var bytes = new byte[size];
        new Random(7).NextBytes(bytes);
        return bytes;
    }
}
