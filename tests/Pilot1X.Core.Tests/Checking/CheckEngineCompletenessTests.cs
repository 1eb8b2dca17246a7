using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Checking;

public sealed class CheckEngineCompletenessTests
{
    private const string School = "湖北交通职业技术学院";
    private const string Stem = "1+X证书制度试点工作";

    private static byte[] SealedScan() => ScanSampleBuilder.Pdf([new ScanPageOptions { Seal = true, Dpi = 100 }]);

    private static (string, byte[])[] CompleteSet() =>
    [
        ($"{School}{Stem}总结报告.docx", WordSamples.SummaryReport(School)),
        ($"{School}{Stem}总结报告（盖章扫描版）.pdf", SealedScan()),
        ($"{School}对培训评价组织{Stem}评价报告.docx", WordSamples.EvaluationReport(School)),
        ($"{School}对培训评价组织{Stem}评价报告（盖章扫描版）.pdf", SealedScan()),
    ];

    [Fact]
    public void An_institution_with_every_required_word_file_and_sealed_scan_is_complete()
    {
        var report = EngineHarness.Check(CompleteSet());

        var school = report.Institution(School);
        Assert.True(school.Complete);
        Assert.All(school.Materials, m => Assert.Equal((MaterialState.Ok, MaterialState.Ok), (m.Word, m.Scan)));
        Assert.DoesNotContain(school.Findings, f => f.Severity != Severity.Info);
        Assert.Equal(24, report.Institutions.Count(i => i.NothingReceived));
    }

    [Fact]
    public void A_missing_scan_is_a_material_missing_error_naming_the_file_to_send()
    {
        var report = EngineHarness.Check(CompleteSet()[..3]);

        var school = report.Institution(School);
        Assert.False(school.Complete);
        var missing = Assert.Single(school.Findings, f => f.Code == FindingCode.MaterialMissing);
        Assert.Contains($"{School}{Stem}评价报告（盖章扫描版）.pdf", missing.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_content_received_twice_counts_once()
    {
        var set = CompleteSet();
        var report = EngineHarness.Check([.. set, ($"再次发送/{set[0].Item1}", set[0].Item2)]);

        var school = report.Institution(School);
        Assert.True(school.Complete);
        Assert.Single(school.Findings, f => f.Code == FindingCode.Duplicate);
        Assert.Single(school.Materials[0].Files, f => f.EndsWith(".docx", StringComparison.Ordinal));
    }

    [Fact]
    public void A_corrected_version_in_a_later_email_supersedes_the_legacy_doc()
    {
        var legacy = MailSampleBuilder.Submission("材料", "x", "x@example.cn",
            [new MailSampleAttachment($"{School}{Stem}总结报告.doc", LegacyDoc())], messageId: "<m1@example.cn>", date: EngineHarness.Before.AddDays(-2));
        var fixedMail = MailSampleBuilder.Submission("材料（更正）", "x", "x@example.cn",
            [new MailSampleAttachment($"{School}{Stem}总结报告.docx", WordSamples.SummaryReport(School))], messageId: "<m2@example.cn>", date: EngineHarness.Before.AddDays(-1));
        var set = CompleteSet();

        var report = EngineHarness.Check([("1.eml", legacy), ("2.eml", fixedMail), set[1], set[2], set[3]]);

        var school = report.Institution(School);
        Assert.True(school.Complete);
        Assert.DoesNotContain(school.Findings, f => f.Code == FindingCode.LegacyWordFormat);
        Assert.Single(school.Findings, f => f.Code == FindingCode.Superseded && f.File!.StartsWith("1.eml!/", StringComparison.Ordinal));
    }

    [Fact]
    public void Mail_dated_after_the_deadline_is_late_once_and_named_by_its_subject_and_arrival()
    {
        var late = MailSampleBuilder.Submission("材料", "x", "x@example.cn",
            [
                new MailSampleAttachment($"{School}{Stem}总结报告.docx", WordSamples.SummaryReport(School)),
                new MailSampleAttachment($"{School}{Stem}典型案例.docx", WordSamples.TypicalCase(School, 3000, 2)),
            ],
            messageId: "<late@example.cn>", date: new DateTimeOffset(2020, 12, 29, 10, 0, 0, TimeSpan.FromHours(8)));

        var report = EngineHarness.Check(("late.eml", late));

        var finding = Assert.Single(report.Institution(School).Findings, f => f.Code == FindingCode.LateSubmission);
        Assert.Equal("late.eml", finding.File);
        Assert.Equal("邮件“材料”于2020-12-29 10:00（北京时间）收到，晚于截止时间2020-12-28 23:59（北京时间）。", finding.Message);
    }

    [Fact]
    public void A_scan_named_only_like_its_word_file_takes_its_material_and_a_bare_name_is_unknown_material()
    {
        var report = EngineHarness.Check(
            ($"{School}/{School}{Stem}总结报告.docx", WordSamples.SummaryReport(School)),
            ($"{School}/{School}{Stem}总结报告（盖章扫描版）.pdf", SealedScan()),
            ($"{School}/扫描.pdf", SealedScan()));

        var school = report.Institution(School);
        Assert.Equal(MaterialState.Ok, school.Materials[0].Scan);
        var unknown = Assert.Single(school.Findings, f => f.Code == FindingCode.UnknownMaterial);
        Assert.Equal($"{School}/扫描.pdf", unknown.File);
    }

    [Fact]
    public void A_badly_named_file_gets_the_exact_right_name()
    {
        var report = EngineHarness.Check(("湖北交通职院/总结报告-最终版.docx", WordSamples.SummaryReport(School)),
            ($"{School}-盖章版总结.pdf", SealedScan()));

        var naming = report.Institution(School).Findings.Where(f => f.Code == FindingCode.NameNonconforming).ToList();
        Assert.Contains(naming, f => f.Suggestion == $"{School}{Stem}总结报告（盖章扫描版）.pdf");
    }

    private static byte[] LegacyDoc()
    {
        var bytes = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        return bytes;
    }
}
