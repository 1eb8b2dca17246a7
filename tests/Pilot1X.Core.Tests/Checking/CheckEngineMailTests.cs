using System.Text;
using Pilot1X.Core.Findings;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Checking;

public sealed class CheckEngineMailTests
{
    private const string School = "武汉电力职业技术学院";
    private const string Stem = "1+X证书制度试点工作";

    private static byte[] Submission(string messageId) => MailSampleBuilder.Submission($"{School}{Stem}材料", "教务处", "jwc@whep.example.cn",
        [new MailSampleAttachment($"{School}{Stem}总结报告.docx", WordSamples.SummaryReport(School))], AttachmentNameEncoding.Raw8Bit, "gbk", messageId);

    [Fact]
    public void The_same_message_delivered_twice_counts_once()
    {
        var report = EngineHarness.Check(("inbox/1.eml", Submission("<same@whep.example.cn>")), ("inbox/2.eml", Submission("<same@whep.example.cn>")));

        Assert.Single(report.Institution(School).Documents);
        var ignored = Assert.Single(report.Ignored);
        Assert.Equal(("inbox/2.eml", "DUPLICATE"), (ignored.File, ignored.Reason));
    }

    [Fact]
    public void Auto_replies_and_bounces_are_ignored_never_findings()
    {
        var report = EngineHarness.Check(
            ("inbox/auto.eml", MailSampleBuilder.AutoReply($"{School}{Stem}材料", "jwc@whep.example.cn")),
            ("inbox/bounce.eml", MailSampleBuilder.Bounce($"{School}{Stem}材料", "nobody@whep.example.cn")));

        Assert.Equal(["AUTO_REPLY", "BOUNCE"], report.Ignored.Select(i => i.Reason).Order(StringComparer.Ordinal));
        Assert.Empty(report.Unassigned);
        Assert.All(report.Institutions, i => Assert.DoesNotContain(i.Findings, f => f.Code != FindingCode.MaterialMissing));
    }

    [Fact]
    public void A_webmail_large_attachment_link_is_reported_for_the_sender_institution()
    {
        var mail = MailSampleBuilder.LargeAttachmentLink($"{School}{Stem}材料", "jwc@whep.example.cn",
            $"{School}{Stem}总结报告（盖章扫描版）.pdf", "https://mail.163.com/large-attachment-download/index.html?p=X");

        var report = EngineHarness.Check(("inbox/link.eml", mail));

        Assert.Single(report.Institution(School).Findings, f => f.Code == FindingCode.LargeAttachmentLink);
    }

    [Fact]
    public void A_mail_with_an_oversized_header_is_refused_for_the_school_its_subject_names_and_the_next_mail_is_checked()
    {
        var hostile = HostileMail.OversizedHeader($"{School}{Stem}材料", "jwc@whep.example.cn", 1 << 20);

        var report = EngineHarness.Check(("inbox/1.eml", hostile), ("inbox/2.eml", Submission("<next@whep.example.cn>")));

        var finding = Assert.Single(report.Institution(School).Findings, f => f.Code == FindingCode.ArchiveUnsafe);
        Assert.Equal("inbox/1.eml", finding.File);
        Assert.Contains($"{School}{Stem}材料", finding.Message, StringComparison.Ordinal);
        Assert.Contains("邮件头", finding.Message, StringComparison.Ordinal);
        Assert.Single(report.Institution(School).Documents, d => d.File.StartsWith("inbox/2.eml!/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_password_protected_word_file_is_unreadable_with_the_fix()
    {
        var file = new byte[512 * 3];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(file, 0);
        BitConverter.GetBytes((ushort)9).CopyTo(file, 0x1E);
        BitConverter.GetBytes(1u).CopyTo(file, 0x30);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(file, 1024);

        var report = EngineHarness.Check(($"{School}{Stem}总结报告.docx", file));

        var finding = Assert.Single(report.Institution(School).Findings, f => f.Code == FindingCode.DocumentUnreadable);
        Assert.Contains("密码", finding.Message, StringComparison.Ordinal);
    }
}
