using Pilot1X.Mail.Tests.Local;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Reporting;

namespace Pilot1X.Mail.Tests.Receipts;

[Collection(StorageOnly.Name)]
public sealed class ReceiptAddresseeTests(AzuriteFixture azurite)
{
    private const string Stem = "1+X证书制度试点工作";
    private const string Xiangyang = "襄阳职业技术学院";
    private const string Huanggang = "黄冈职业技术学院";
    private const string Jingzhou = "荆州职业技术学院";
    private const string Roster = """
        单位名称,别名,是否抽查,联系邮箱,试点证书,办学层次
        襄阳职业技术学院,襄职,否,jwc@xyvtc.example.cn,物流管理,高职
        黄冈职业技术学院,黄职,否,jwc@hgvtc.example.cn,物流管理,高职
        荆州职业技术学院,荆职,否,1x@jzvtc.example.cn,物流管理,高职
        """;

    private static readonly DateTimeOffset Arrival = new(2020, 12, 21, 9, 30, 0, TimeSpan.FromHours(8));

    private static byte[] Mail(string from, string messageId, params string[] schools) =>
        MailSampleBuilder.Submission("1+X证书制度试点工作材料", "教务处", from,
            [.. schools.Select(s => new MailSampleAttachment($"{s}{Stem}总结报告.docx", WordSamples.SummaryReport(s)))], messageId: messageId);

    [Fact]
    public async Task Xiangyangs_registered_address_sending_files_named_for_huanggang_and_jingzhou_greets_xiangyang_holds_the_files_and_tells_both()
    {
        await using var run = new ReceiptRun(azurite, Roster);

        var sent = await run.RunAsync(Arrival, Mail("jwc@xyvtc.example.cn", "<xy1@xyvtc.example.cn>", Huanggang, Jingzhou));

        Assert.Equal(3, sent.Count);
        var receipt = Assert.Single(sent, m => m.To.Mailboxes.Single().Address == "jwc@xyvtc.example.cn");
        var text = ReceiptRun.Text(receipt);
        Assert.StartsWith($"{Xiangyang}：", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"{Huanggang}：", text, StringComparison.Ordinal);
        var held = ReceiptRun.Block(receipt, "五、已交职成教处核实的文件");
        Assert.Contains(held, l => l.Contains($"“{Huanggang}{Stem}总结报告.docx”", StringComparison.Ordinal) && l.Contains("已交职成教处核实", StringComparison.Ordinal));
        Assert.Contains(held, l => l.Contains($"“{Jingzhou}{Stem}总结报告.docx”", StringComparison.Ordinal));
        Assert.Contains($"已另行通知“{Huanggang}”在名单中登记的联系邮箱，请其核实。", held);
        Assert.Contains($"已另行通知“{Jingzhou}”在名单中登记的联系邮箱，请其核实。", held);
        // 襄阳's own state: nothing of it arrived, so it still owes its summary.
        Assert.Contains(ReceiptRun.Block(receipt, "四、仍需提交"), l => l.StartsWith("【必须修改（影响齐全）】1+X证书制度试点工作总结报告（Word 版）", StringComparison.Ordinal));

        foreach (var (school, contact) in new[] { (Huanggang, "jwc@hgvtc.example.cn"), (Jingzhou, "1x@jzvtc.example.cn") })
        {
            var notice = Assert.Single(sent, m => m.To.Mailboxes.Single().Address == contact);
            Assert.Contains(school, notice.Subject, StringComparison.Ordinal);
            Assert.Contains($"该发件邮箱是“{Xiangyang}”在名单中登记的联系邮箱，不是贵单位的。", ReceiptRun.Text(notice), StringComparison.Ordinal);
        }

        // Nothing was filed for anyone: 荆州 stays 未交, and the office's 待核实 list has both files with their notices.
        var statuses = run.Harness.Get<InstitutionStatusStore>();
        Assert.Empty(await statuses.ListAsync(CancellationToken.None));
        var office = await run.Harness.Get<OfficeSnapshotReader>().ReadAsync(Arrival, Arrival.AddDays(7), CancellationToken.None);
        Assert.Equal([Huanggang, Jingzhou], office.Held.Select(h => h.Held.Named).OrderBy(n => n == Jingzhou));
        Assert.All(office.Held, h => Assert.StartsWith("held.", h.Notice, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unregistered_address_sending_files_for_two_institutions_greets_both_and_lists_each_ones_part_under_its_own_heading()
    {
        await using var run = new ReceiptRun(azurite, Roster);

        var sent = await run.RunAsync(Arrival, Mail("someone@qq.com", "<qq1@qq.com>", Huanggang, Jingzhou));

        var receipt = Assert.Single(sent);
        var text = ReceiptRun.Text(receipt);
        Assert.StartsWith($"{Huanggang}、{Jingzhou}：", text, StringComparison.Ordinal);
        var huanggang = ReceiptRun.Block(receipt, $"二、{Huanggang}（未齐全）");
        Assert.Contains($"本次收到的文件：{Huanggang}{Stem}总结报告.docx", huanggang);
        Assert.Contains("1+X证书制度试点工作总结报告：Word 版已收到，盖章扫描件未交。", huanggang);
        Assert.Contains(huanggang, l => l.StartsWith($"仍需提交：【必须修改（影响齐全）】1+X证书制度试点工作总结报告（盖章扫描件），文件名：{Huanggang}", StringComparison.Ordinal));
        var jingzhou = ReceiptRun.Block(receipt, $"三、{Jingzhou}（未齐全）");
        Assert.Contains($"本次收到的文件：{Jingzhou}{Stem}总结报告.docx", jingzhou);
        Assert.DoesNotContain(jingzhou, l => l.Contains(Huanggang, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_name_not_on_the_roster_is_answered_with_the_closest_roster_names_and_the_office_contact()
    {
        await using var run = new ReceiptRun(azurite, Roster, contactName: "李老师");

        var sent = await run.RunAsync(Arrival, Mail("teacher@163.com", "<u1@163.com>", "襄阳职院"));

        var receipt = Assert.Single(sent);
        var text = ReceiptRun.Text(receipt);
        Assert.StartsWith("您好：", text, StringComparison.Ordinal);
        Assert.Contains("单位名称不在本次试点院校名单中", text, StringComparison.Ordinal);
        Assert.Contains($"名单中与之最接近的单位名称：“{Xiangyang}”", text, StringComparison.Ordinal);
        Assert.Contains($"如有疑问请联系：李老师 {ReceiptRun.Office}", text, StringComparison.Ordinal);
        Assert.Equal(ReceiptRun.Office, receipt.ReplyTo.Mailboxes.Single().Address);
    }
}
