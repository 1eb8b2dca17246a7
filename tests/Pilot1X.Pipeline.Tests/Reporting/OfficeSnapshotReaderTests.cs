using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Scans;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Reporting;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Reporting;

[Collection(AzuriteGroup.Name)]
public sealed class OfficeSnapshotReaderTests(AzuriteFixture azurite)
{
    private const string School = SubmissionFiles.Institution;
    private const string Broken = "荆州职业技术学院";
    private const string Stem = "1+X证书制度试点工作";
    private static readonly DateTimeOffset First = new(2020, 12, 20, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Second = First.AddDays(3);
    private static readonly DateTimeOffset Deadline = new(2020, 12, 28, 23, 59, 59, TimeSpan.FromHours(8));

    [Fact]
    public async Task A_resubmitted_report_replaces_the_old_one_and_takes_its_findings_with_it()
    {
        await using var harness = await SeedAsync();

        var data = await harness.Get<OfficeSnapshotReader>().ReadAsync(Second.AddHours(1), Deadline, CancellationToken.None);

        var row = data.Summary.Rows.Single(r => r.Institution.Name == School);
        Assert.DoesNotContain(row.Findings, f => f.Code == FindingCode.SectionMissing);
        Assert.Contains(row.Findings, f => f.Code == FindingCode.MaterialMissing && f.Message.Contains("评价报告", StringComparison.Ordinal));
        var evaluations = data.DocumentsOf(School).Where(d => d.Kind == MaterialKind.Evaluation).ToList();
        Assert.Equal([true, false], evaluations.Select(d => d.Current));
        Assert.Equal([[1, 2, 3, 4], [1, 2, 3]], evaluations.Select(d => d.TemplateSections));
    }

    [Fact]
    public async Task A_row_carries_the_seal_sections_and_arrival_of_the_versions_that_count()
    {
        await using var harness = await SeedAsync();

        var data = await harness.Get<OfficeSnapshotReader>().ReadAsync(Second.AddHours(1), Deadline, CancellationToken.None);

        var row = data.Summary.Rows.Single(r => r.Institution.Name == School);
        Assert.Equal(OfficeStatus.Incomplete, row.Status);
        Assert.Equal(SealStatus.Found, row.Seal);
        Assert.Equal(10, row.SectionsFound);
        Assert.Equal(10, row.SectionsExpected);
        Assert.Equal(Second, row.LastReceived);
    }

    [Fact]
    public async Task The_summary_agrees_with_the_stored_status_counts_a_broken_sending_as_received_and_keeps_unattributed_findings()
    {
        await using var harness = await SeedAsync();

        var data = await harness.Get<OfficeSnapshotReader>().ReadAsync(Second.AddHours(1), Deadline, CancellationToken.None);

        var stored = await harness.Statuses.ListAsync(CancellationToken.None);
        Assert.Equal(stored.Count(s => s.Complete), data.Summary.Count(OfficeStatus.Complete));
        Assert.Equal(stored.Count(s => !s.Complete), data.Summary.Count(OfficeStatus.Incomplete));
        Assert.Equal(data.Summary.Rows.Count - stored.Count, data.Summary.Count(OfficeStatus.NothingReceived));
        Assert.Contains(data.Summary.Unattributed, f => f.Institution is null && f.Finding.File is not null && f.Finding.File.EndsWith("说明.txt", StringComparison.Ordinal));
        Assert.Equal(OfficeStatus.Incomplete, data.Summary.Rows.Single(r => r.Institution.Name == Broken).Status);
        Assert.Equal([First, First, First, First, First.AddMinutes(5), Second], data.Submissions.Select(s => s.ReceivedAt));
        Assert.Contains(School, data.Submissions[^1].Institutions);
    }

    [Fact]
    public async Task A_mail_counts_as_received_when_it_reached_the_office_not_at_the_date_its_sender_wrote()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var arrived = new DateTimeOffset(2020, 12, 29, 10, 0, 0, TimeSpan.FromHours(8));
        var backdated = MailSampleBuilder.Submission($"{School}{Stem}", "教务处", "jw@example.cn",
            [new MailSampleAttachment($"{School}{Stem}总结报告.docx", WordSamples.SummaryReport(School))],
            messageId: "<backdated@example.cn>", date: First);
        await harness.Intake.UploadAsync("mailbox", "来信.eml", new MemoryStream(backdated), arrived, CancellationToken.None);
        await harness.Drainer.DrainAsync(CancellationToken.None);

        var data = await harness.Get<OfficeSnapshotReader>().ReadAsync(arrived, Deadline, CancellationToken.None);

        var row = data.Summary.Rows.Single(r => r.Institution.Name == School);
        Assert.Equal(arrived, row.LastReceived);
        var late = Assert.Single(row.Findings, f => f.Code == FindingCode.LateSubmission);
        Assert.Contains("2020-12-29 10:00", late.Message, StringComparison.Ordinal);
    }

    private async Task<PipelineHarness> SeedAsync()
    {
        var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Intake.UploadAsync(School, $"{School}{Stem}总结报告.docx", new MemoryStream(WordSamples.SummaryReport(School)), First, CancellationToken.None);
        await harness.Intake.UploadAsync(School, $"{School}{Stem}总结报告（盖章扫描版）.pdf",
            new MemoryStream(ScanSampleBuilder.Pdf([new ScanPageOptions { Seal = true, Dpi = 100 }])), First, CancellationToken.None);
        await harness.Intake.UploadAsync(Broken, $"{Broken}{Stem}总结报告.docx", new MemoryStream(), First, CancellationToken.None);
        await harness.Intake.UploadAsync("无名", "说明.txt", SubmissionFiles.Text("随便写点什么"), First, CancellationToken.None);
        await harness.Intake.UploadAsync(School, $"{School}{Stem}评价报告.docx", new MemoryStream(WordSamples.EvaluationReport(School, omitSection: 4)), First.AddMinutes(5), CancellationToken.None);
        await harness.Drainer.DrainAsync(CancellationToken.None);
        await harness.Intake.UploadAsync(School, $"{School}{Stem}评价报告.docx", new MemoryStream(WordSamples.EvaluationReport(School)), Second, CancellationToken.None);
        await harness.Drainer.DrainAsync(CancellationToken.None);
        return harness;
    }
}
