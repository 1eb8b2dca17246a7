using System.Text;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Reporting;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Submissions;

/// <summary>Who may file for whom, through the real pipeline: upload intake → analysis queue → analyzer, on Azurite.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class FilingAuthorityPipelineTests(AzuriteFixture azurite) : IDisposable
{
    private const string Wuhan = "武汉铁路职业技术学院";
    private const string Jiaotong = "湖北交通职业技术学院";
    private const string WuhanContact = "office@whrt.example.cn";
    private const string MailFolder = "mailbox";
    private static readonly string SummaryName = Wuhan + "1+X证书制度试点工作总结报告.docx";
    private static readonly DateTimeOffset Monday = new(2020, 12, 21, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Deadline = new(2020, 12, 28, 23, 59, 59, TimeSpan.FromHours(8));
    private readonly string _roster = WriteRoster();

    [Fact]
    public async Task An_upload_through_one_institutions_link_named_for_another_is_held_and_filed_for_neither()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString, _roster);
        var intake = await harness.Intake.UploadAsync(Jiaotong, SummaryName, new MemoryStream(WordSamples.SummaryReport(Wuhan)), Monday, CancellationToken.None);

        await harness.Drainer.DrainAsync(CancellationToken.None);

        Assert.Empty(await TableRows.AllAsync(harness.Store.Documents));
        Assert.Empty(await harness.Statuses.ListAsync(CancellationToken.None));
        var finding = Assert.Single(await TableRows.AllAsync(harness.Store.Findings), f => f.GetString("Code") == FindingCode.InstitutionMismatch);
        Assert.Equal(string.Empty, finding.GetString("Institution"));
        Assert.Contains(Jiaotong, finding.GetString("Message"), StringComparison.Ordinal);
        var held = HeldRow.From(Assert.Single(await TableRows.AllAsync(harness.Store.Held)));
        Assert.Equal(intake.SubmissionId, held.SubmissionId);
        Assert.Equal(new SubmissionChannel(ChannelKind.UploadLink, Jiaotong, null), held.Held.Channel);
        Assert.Equal((Wuhan, HoldReason.NamesAnotherInstitution), (held.Held.Named, held.Held.Reason));

        var office = await harness.Get<OfficeSnapshotReader>().ReadAsync(Monday.AddHours(1), Deadline, CancellationToken.None);
        Assert.Equal(Wuhan, Assert.Single(office.Held).Held.Named);
        Assert.All(office.Summary.Rows, r => Assert.Equal(OfficeStatus.NothingReceived, r.Status));
    }

    [Fact]
    public async Task A_mail_from_a_non_contact_replacing_the_current_version_is_held_and_the_current_version_still_counts()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString, _roster);
        await harness.Intake.UploadAsync(Wuhan, SummaryName, new MemoryStream(WordSamples.SummaryReport(Wuhan)), Monday, CancellationToken.None);
        await harness.Drainer.DrainAsync(CancellationToken.None);

        await harness.Intake.UploadAsync(MailFolder, "m1.eml", Mail("someone@qq.com", "v2"), Monday.AddDays(1), CancellationToken.None);
        await harness.Drainer.DrainAsync(CancellationToken.None);

        var document = Assert.Single(await TableRows.AllAsync(harness.Store.Documents));
        Assert.Equal($"{Wuhan}/{SummaryName}", document.GetString("File"));
        Assert.Equal("link:" + Wuhan, document.GetString("SubmittedBy"));
        var held = HeldRow.From(Assert.Single(await TableRows.AllAsync(harness.Store.Held)));
        Assert.Equal(HoldReason.ReplacesWithoutAuthority, held.Held.Reason);
        Assert.Equal("someone@qq.com", held.Held.Channel.Sender);
        Assert.Equal("link:" + Wuhan, held.Held.CurrentSubmitter);
        Assert.Null(held.Notice);
        var status = Assert.Single(await harness.Statuses.ListAsync(CancellationToken.None));
        Assert.Equal(1, status.Documents);
    }

    [Fact]
    public async Task A_mail_from_the_institutions_contact_replaces_the_current_version()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString, _roster);
        await harness.Intake.UploadAsync(Wuhan, SummaryName, new MemoryStream(WordSamples.SummaryReport(Wuhan)), Monday, CancellationToken.None);
        await harness.Drainer.DrainAsync(CancellationToken.None);

        await harness.Intake.UploadAsync(MailFolder, "m1.eml", Mail(WuhanContact, "v2"), Monday.AddDays(1), CancellationToken.None);
        await harness.Drainer.DrainAsync(CancellationToken.None);

        Assert.Empty(await TableRows.AllAsync(harness.Store.Held));
        var documents = await TableRows.AllAsync(harness.Store.Documents);
        Assert.Equal(2, documents.Count);
        Assert.Contains(documents, d => d.GetString("SubmittedBy") == "mail:" + WuhanContact);
    }

    public void Dispose() => File.Delete(_roster);

    private static MemoryStream Mail(string from, string version) =>
        new(MailSampleBuilder.Submission("报送材料", "老师", from,
            [new MailSampleAttachment(SummaryName, WordSamples.SummaryReport(Wuhan + version))], messageId: $"<{version}.{from}>", date: Monday.AddDays(1)));

    private static string WriteRoster()
    {
        var path = Path.Combine(Path.GetTempPath(), "pilot1x-roster-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, $"""
            单位名称,别名,是否抽查,联系邮箱,试点证书,办学层次
            {Wuhan},,是,{WuhanContact},,高职
            {Jiaotong},,是,jw@hbjt.example.cn,,高职
            """, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }
}
