using Pilot1X.Mail.Notices;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Tests.Local;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Mail.Tests.Notices;

[Collection(StorageOnly.Name)]
public sealed class HeldFilingNotifierTests(AzuriteFixture azurite) : IDisposable
{
    private const string Named = "武汉职业技术学院";
    private const string Roster = """
        单位名称,别名,是否抽查,联系邮箱,试点证书,办学层次
        武汉职业技术学院,武职,是,JWC@WTC.example.cn; 1x@wtc.example.cn,物流管理,高职
        """;

    private static readonly DateTimeOffset Monday = new(2020, 12, 21, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly string _work = Directory.CreateTempSubdirectory("pilot1x-held-").FullName;

    [Fact]
    public async Task A_mail_held_for_replacing_anothers_version_tells_that_institutions_contacts_once_however_often_it_runs()
    {
        var roster = Path.Combine(_work, "名单.csv");
        await File.WriteAllTextAsync(roster, Roster);
        await using var harness = new MailHarness(azurite, null, new() { ["Pilot1X:RosterPath"] = roster });
        var name = Named + "1+X证书制度试点工作总结报告.docx";
        var intake = harness.Get<UploadIntake>();
        await intake.UploadAsync(Named, name, new MemoryStream(WordSamples.SummaryReport(Named)), Monday, CancellationToken.None);
        await harness.Get<AnalysisQueueDrainer>().DrainAsync(CancellationToken.None);
        var mail = MailSampleBuilder.Submission("报送材料", "某人", "someone@qq.com",
            [new MailSampleAttachment(name, WordSamples.SummaryReport(Named + "改"))], messageId: "<x1@qq.com>");
        await intake.UploadAsync(harness.Mail.Options.UploadFolder, "x1.eml", new MemoryStream(mail), Monday.AddDays(1), CancellationToken.None);
        await harness.Get<AnalysisQueueDrainer>().DrainAsync(CancellationToken.None);
        var notifier = harness.Get<HeldFilingNotifier>();

        var runs = new[] { await notifier.NotifyPendingAsync(CancellationToken.None), await notifier.NotifyPendingAsync(CancellationToken.None) };

        Assert.Equal([1, 0], runs);
        var outgoing = Assert.Single(await TableRows.AllAsync(harness.Mail.Outbox));
        Assert.Equal("jwc@wtc.example.cn, 1x@wtc.example.cn", outgoing.GetString("To"));
        Assert.Contains(Named, outgoing.GetString("Subject"), StringComparison.Ordinal);
        var held = HeldRow.From(Assert.Single(await TableRows.AllAsync(harness.Store.Held)));
        Assert.Equal(outgoing.GetString("MessageId"), held.Notice);
        Assert.Equal(OutboxState.Queued, await harness.Get<MailOutbox>().StateOfAsync(held.Notice!, CancellationToken.None));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
