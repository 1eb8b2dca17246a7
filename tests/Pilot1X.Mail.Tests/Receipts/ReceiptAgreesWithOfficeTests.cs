using System.Text.RegularExpressions;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Mail.Tests.Local;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Reporting;

namespace Pilot1X.Mail.Tests.Receipts;

[Collection(StorageOnly.Name)]
public sealed class ReceiptAgreesWithOfficeTests(AzuriteFixture azurite)
{
    private const string Stem = "1+X证书制度试点工作";
    private const string Shiyan = "十堰职业技术学院";
    private const string Xiaogan = "孝感职业技术学院";
    private const string Roster = """
        单位名称,别名,是否抽查,联系邮箱,试点证书,办学层次
        十堰职业技术学院,十堰职院,是,jwc@syvtc.example.cn,物流管理,高职
        孝感职业技术学院,孝感职院,否,jwc@xgvtc.example.cn,物流管理,高职
        """;

    private static readonly DateTimeOffset Arrival = new(2020, 12, 21, 9, 30, 0, TimeSpan.FromHours(8));
    private static readonly string[] Labels = ["【必须修改（影响齐全）】", "【建议】"];

    [Fact]
    public async Task Shiyans_doc_and_an_evaluation_missing_a_section_are_told_as_the_dashboard_sees_them_not_complete()
    {
        await using var run = new ReceiptRun(azurite, Roster);
        var mail = MailSampleBuilder.Submission($"{Shiyan}1+X材料", "教务处", "jwc@syvtc.example.cn",
        [
            new MailSampleAttachment($"{Shiyan}{Stem}总结报告.doc", LegacyWordFile(), "application/msword"),
            new MailSampleAttachment($"{Shiyan}{Stem}总结报告（盖章扫描版）.pdf", SealedScan(), "application/pdf"),
            new MailSampleAttachment($"{Shiyan}对培训评价组织{Stem}评价报告.docx", WordSamples.EvaluationReport(Shiyan, omitSection: 4)),
            new MailSampleAttachment($"{Shiyan}对培训评价组织{Stem}评价报告（盖章扫描版）.pdf", SealedScan(), "application/pdf"),
        ], messageId: "<sy1@syvtc.example.cn>");

        var receipt = Assert.Single(await run.RunAsync(Arrival, mail));

        var office = await run.Harness.Get<OfficeSnapshotReader>().ReadSummaryAsync(Arrival, Arrival.AddDays(7), CancellationToken.None);
        Assert.Equal(OfficeStatus.Incomplete, office.Rows.Single(r => r.Institution.Name == Shiyan).Status);
        var text = ReceiptRun.Text(receipt);
        Assert.DoesNotContain("材料已齐全", text, StringComparison.Ordinal);
        var problems = ReceiptRun.Block(receipt, "三、需要修改的问题");
        var owed = ReceiptRun.Block(receipt, "四、仍需提交");
        Assert.All(problems.Concat(owed), l => Assert.Contains(Labels, label => l.StartsWith(label, StringComparison.Ordinal)));
        // The .doc is advice (it counts as received); the missing section blocks 齐全.
        Assert.Contains(problems, l => l.StartsWith("【建议】", StringComparison.Ordinal) && l.Contains(".doc", StringComparison.Ordinal));
        Assert.Contains(problems, l => l.StartsWith("【必须修改（影响齐全）】", StringComparison.Ordinal) && l.Contains('四', StringComparison.Ordinal));
        Assert.Equal(["【必须修改（影响齐全）】对培训评价组织1+X证书制度试点工作评价报告（Word 版）已收到但有必须修改的问题（见上文），请修改后重新发送"], owed);
    }

    [Fact]
    public async Task A_complete_school_mailing_late_gets_one_lateness_line_and_no_advice_to_send_again()
    {
        await using var run = new ReceiptRun(azurite, Roster, deadline: "2020-12-20T23:59:59+08:00");
        var mail = MailSampleBuilder.Submission($"{Xiaogan}1+X材料", "教务处", "jwc@xgvtc.example.cn",
        [
            new MailSampleAttachment($"{Xiaogan}{Stem}总结报告.docx", WordSamples.SummaryReport(Xiaogan)),
            new MailSampleAttachment($"{Xiaogan}{Stem}总结报告（盖章扫描版）.pdf", SealedScan(), "application/pdf"),
        ], messageId: "<xg1@xgvtc.example.cn>");

        var receipt = Assert.Single(await run.RunAsync(Arrival, mail));

        var office = await run.Harness.Get<OfficeSnapshotReader>().ReadSummaryAsync(Arrival, Arrival, CancellationToken.None);
        Assert.Equal(OfficeStatus.Complete, office.Rows.Single(r => r.Institution.Name == Xiaogan).Status);
        var text = ReceiptRun.Text(receipt);
        Assert.Equal(["材料已齐全，无需补交。"], ReceiptRun.Block(receipt, "四、仍需提交"));
        Assert.DoesNotContain("请尽快补交", text, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(text, "晚于"));
        var closing = text[text.LastIndexOf("四、仍需提交", StringComparison.Ordinal)..].Split("\n\n", 3)[1];
        Assert.DoesNotContain("补交", closing, StringComparison.Ordinal);
        Assert.DoesNotContain("重新发送", closing, StringComparison.Ordinal);
        Assert.Contains($"{OfficeLabels.Of(OfficeStatus.Complete)}", closing, StringComparison.Ordinal);
    }

    private static byte[] SealedScan() =>
        ScanSampleBuilder.Pdf([new() { Seed = 1, Dpi = 100 }, new() { Seed = 2, Dpi = 100, Seal = true }]);

    // An OLE compound file header as Word 97-2003 writes it: enough for content-based detection to call it .doc.
    private static byte[] LegacyWordFile()
    {
        var bytes = new byte[4096];
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(bytes, 0);
        bytes[0x1E] = 9;
        return bytes;
    }
}
