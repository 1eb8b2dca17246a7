using Azure.Data.Tables;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tables;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Submissions;

[Collection(AzuriteGroup.Name)]
public sealed class SubmissionRowTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Received = new(2020, 12, 21, 10, 12, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task A_submission_row_round_trips_through_table_storage_with_its_institutions_as_a_list()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        var written = new SubmissionRow("收件箱", "s1")
        {
            BlobName = "收件箱/来件.eml",
            ETag = "\"0x1\"",
            ContentVersion = "md5:00",
            Size = 5_000_000_000,
            ReceivedAt = Received,
            State = SubmissionState.Analyzed,
            Documents = 3,
            Findings = 2,
            Unassigned = 1,
            Held = 0,
            Ignored = 4,
            // A name holding 、 would have been split in two by the old display-string column.
            Institutions = ["武汉职业技术学院", "湖北交通职业技术学院、分院"],
            AnalyzedAt = Received.AddMinutes(1),
        };

        await harness.Store.Submissions.AddEntityAsync(written.ToEntity());
        var read = SubmissionRow.FromEntity(Assert.Single(await TableRows.AllAsync(harness.Store.Submissions)));

        Assert.Equal(written with { Institutions = null }, read with { Institutions = null });
        Assert.Equal(written.Institutions, read.Institutions);
    }

    [Fact]
    public void A_row_written_before_the_list_column_reads_its_joined_institutions_as_a_list()
    {
        var legacy = new TableEntity(TableKey.Encode("收件箱"), "old")
        {
            ["Institution"] = "收件箱",
            ["State"] = nameof(SubmissionState.Analyzed),
            [SubmissionRow.LegacyInstitutionsColumn] = "武汉职业技术学院、湖北交通职业技术学院",
        };

        var read = SubmissionRow.FromEntity(legacy);

        Assert.Equal(["武汉职业技术学院", "湖北交通职业技术学院"], read.Institutions);
        Assert.Equal(SubmissionState.Analyzed, read.State);
    }

    [Fact]
    public void A_submission_not_analysed_yet_has_no_institutions_rather_than_an_empty_list()
    {
        var queued = SubmissionRow.FromEntity(new SubmissionRow("收件箱", "q") { State = SubmissionState.Queued }.ToEntity());

        Assert.Null(queued.Institutions);
        Assert.Empty(SubmissionRow.FromEntity(new SubmissionRow("收件箱", "a") { Institutions = [] }.ToEntity()).Institutions!);
    }

    [Fact]
    public async Task The_analysis_merges_its_columns_into_the_intake_row_and_the_reader_returns_both()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var intake = await harness.Intake.UploadAsync(SubmissionFiles.Institution, SubmissionFiles.Institution + "1+X证书制度试点工作总结报告.docx",
            SubmissionFiles.Word("一、基本情况", "正文"), Received, CancellationToken.None);
        await harness.Drainer.DrainAsync(CancellationToken.None);

        var read = await harness.Get<SubmissionReader>().GetAsync(SubmissionFiles.Institution, intake.SubmissionId, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(SubmissionState.Analyzed, read.State);
        Assert.Equal(SubmissionFiles.Institution + "/" + SubmissionFiles.Institution + "1+X证书制度试点工作总结报告.docx", read.BlobName);
        Assert.Equal(Received, read.ReceivedAt);
        Assert.Equal([SubmissionFiles.Institution], read.Institutions);
        Assert.Equal(1, read.Documents);
        Assert.Null(await harness.Get<SubmissionReader>().GetAsync(SubmissionFiles.Institution, "never", CancellationToken.None));
    }

    [Fact]
    public async Task The_reader_returns_only_the_documents_one_submission_filed_for_an_institution()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var summary = await harness.Intake.UploadAsync(SubmissionFiles.Institution, SubmissionFiles.Institution + "1+X证书制度试点工作总结报告.docx",
            SubmissionFiles.Word("一、基本情况", "正文"), Received, CancellationToken.None);
        var evaluation = await harness.Intake.UploadAsync(SubmissionFiles.Institution, SubmissionFiles.Institution + "对培训评价组织1+X证书制度试点工作评价报告.docx",
            SubmissionFiles.Word("一、基本情况", "正文"), Received.AddHours(1), CancellationToken.None);
        await harness.Drainer.DrainAsync(CancellationToken.None);

        var documents = await harness.Get<SubmissionReader>().DocumentsAsync(SubmissionFiles.Institution, summary.SubmissionId, CancellationToken.None);

        var document = Assert.Single(documents);
        Assert.Equal(summary.SubmissionId, document.Document.SubmissionId);
        Assert.EndsWith("工作总结报告.docx", document.Document.File, StringComparison.Ordinal);
        Assert.Single(await harness.Get<SubmissionReader>().DocumentsAsync(SubmissionFiles.Institution, evaluation.SubmissionId, CancellationToken.None));
    }
}
