using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Roster;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Checking;

public sealed class CheckEngineHostileInputTests
{
    private const string School = "襄阳职业技术学院";
    private const string Stem = "1+X证书制度试点工作";

    private static IEnumerable<Finding> AllFindings(Core.Reporting.CheckReport report) =>
        report.Institutions.SelectMany(i => i.Findings).Concat(report.Unassigned.SelectMany(u => u.Findings));

    [Fact]
    public void One_broken_file_never_stops_the_others()
    {
        var report = EngineHarness.Check(
            ($"{School}{Stem}总结报告.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]),
            ($"{School}{Stem}评价报告.docx", WordSamples.EvaluationReport(School)),
            ($"{School}{Stem}总结报告（盖章扫描版）.pdf", "%PDF-1.7 broken"u8.ToArray()),
            ($"{School}{Stem}空文件.docx", []));

        var school = report.Institution(School);
        Assert.Equal(3, school.Findings.Count(f => f.Code == FindingCode.DocumentUnreadable));
        Assert.Equal(Core.Reporting.MaterialState.Ok, school.Materials.Single(m => m.Kind == Core.Materials.MaterialKind.Evaluation).Word);
    }

    [Fact]
    public void A_file_whose_extension_lies_is_judged_by_its_content()
    {
        var report = EngineHarness.Check(($"{School}{Stem}总结报告.pdf", WordSamples.SummaryReport(School)));

        var document = Assert.Single(report.Institution(School).Documents);
        Assert.Equal(Core.Formats.FileFormat.Docx, document.Format);
        Assert.Equal(6, document.Sections!.Count);
    }

    [Fact]
    public void Legacy_word_gets_the_save_as_docx_fix()
    {
        var doc = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(doc, 0);

        var report = EngineHarness.Check(($"{School}{Stem}总结报告.wps", doc));

        var finding = Assert.Single(report.Institution(School).Findings, f => f.Code == FindingCode.LegacyWordFormat);
        Assert.Contains("另存为 .docx", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_slip_entries_are_unsafe_and_never_written_anywhere()
    {
        var before = Directory.GetFiles(Path.GetTempPath(), "evil.txt", SearchOption.TopDirectoryOnly).Length;

        var report = EngineHarness.Check(($"{School}{Stem}.zip", ArchiveSampleBuilder.ZipSlip()));

        Assert.Equal(3, report.Institution(School).Findings.Count(f => f.Code == FindingCode.ArchiveUnsafe));
        Assert.Equal(before, Directory.GetFiles(Path.GetTempPath(), "evil.txt", SearchOption.TopDirectoryOnly).Length);
    }

    [Fact]
    public void An_encrypted_archive_is_reported_with_the_fix()
    {
        var zip = ArchiveSampleBuilder.EncryptedZip([new($"{School}{Stem}总结报告.docx", WordSamples.SummaryReport(School))]);

        var report = EngineHarness.Check(($"{School}{Stem}.zip", zip));

        Assert.Contains(report.Institution(School).Findings, f => f.Code == FindingCode.ArchiveEncrypted);
    }

    [Fact]
    public void Archives_nested_deeper_than_the_limit_are_not_expanded()
    {
        var inner = ArchiveSampleBuilder.NestedZip("inner.zip", [new("a.docx", WordSamples.SummaryReport(School))]);
        var outer = ArchiveSampleBuilder.NestedZip("middle.zip", [new("x.txt", [1])]);

        var report = EngineHarness.Check(DefaultRoster.Create(), IntakeLimits.Default with { MaxDepth = 1 },
            ($"{School}{Stem}.zip", inner), ($"{School}{Stem}2.zip", outer));

        Assert.Contains(report.Institution(School).Findings, f => f.Code == FindingCode.ArchiveUnsafe && f.Message.Contains("嵌套", StringComparison.Ordinal));
    }

    [Fact]
    public void A_zip_bomb_in_an_email_is_rejected_without_expanding_it()
    {
        using var bomb = new MemoryStream();
        ArchiveSampleBuilder.WriteZeroBomb(bomb, 2L << 30);
        var mail = MailSampleBuilder.Submission($"{School}材料", "x", "x@example.cn",
            [new MailSampleAttachment($"{School}{Stem}.zip", bomb.ToArray(), "application/zip")], messageId: "<bomb@example.cn>");

        var report = EngineHarness.Check(("bomb.eml", mail));

        Assert.Contains(report.Institution(School).Findings, f => f.Code == FindingCode.ArchiveUnsafe);
    }

    [Fact]
    public void Hostile_names_are_shown_harmlessly()
    {
        var name = $"{School}{Stem}总结报告\u202Excod.docx";

        var report = EngineHarness.Check(($"{name}", WordSamples.SummaryReport(School)),
            ($"{School}{Stem}{new string('长', 400)}.docx", WordSamples.SummaryReport("x")));

        Assert.All(AllFindings(report), f => Assert.DoesNotContain('\u202E', f.Message));
        Assert.All(report.Institution(School).Documents, d =>
        {
            Assert.DoesNotContain('\u202E', d.File);
            Assert.True(d.File.Length <= DisplayName.MaxLength, d.File);
        });
    }

    [Fact]
    public void A_giant_image_is_a_clear_finding_not_a_crash()
    {
        var report = EngineHarness.Check(($"{School}{Stem}总结报告（盖章扫描版）.png", ScanSampleBuilder.GiantPngHeader(60000, 60000)));

        var finding = Assert.Single(report.Institution(School).Findings, f => f.Code == FindingCode.DocumentUnreadable);
        Assert.Contains("PNG", finding.File!, StringComparison.OrdinalIgnoreCase);
    }
}
