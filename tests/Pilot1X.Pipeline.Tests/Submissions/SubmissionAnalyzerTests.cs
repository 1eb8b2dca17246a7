using Pilot1X.Pipeline.Blobs;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Submissions;

[Collection(AzuriteGroup.Name)]
public sealed class SubmissionAnalyzerTests(AzuriteFixture azurite)
{
    private static readonly string SummaryName = SubmissionFiles.Institution + "1+X证书制度试点工作总结报告.docx";

    [Fact]
    public async Task An_analysed_submission_is_marked_analysed_and_its_original_is_kept()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var intake = await harness.Intake.UploadAsync(SubmissionFiles.Institution, "说明.txt", SubmissionFiles.Text("附件说明"), null, CancellationToken.None);

        var outcome = Assert.Single(await harness.Drainer.DrainAsync(CancellationToken.None));

        Assert.Equal(intake.SubmissionId, outcome.SubmissionId);
        Assert.Equal(SubmissionState.Analyzed, outcome.State);
        var submission = Assert.Single(await TableRows.AllAsync(harness.Store.Submissions));
        Assert.Equal(nameof(SubmissionState.Analyzed), submission.GetString("State"));
        Assert.Equal(0, (await harness.Store.AnalysisQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        var originals = new List<string>();
        await foreach (var blob in harness.Store.Materials.GetBlobsAsync())
        {
            originals.Add(blob.Name);
        }

        Assert.Contains(originals, n => n.EndsWith($"/{MaterialFiler.OriginalsFolder}/{intake.SubmissionId}/说明.txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_message_for_an_analysed_submission_changes_nothing()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Intake.UploadAsync(SubmissionFiles.Institution, "说明.txt", SubmissionFiles.Text("附件说明"), null, CancellationToken.None);
        var message = Assert.Single((await harness.Store.AnalysisQueue.PeekMessagesAsync(1)).Value);
        var request = AnalysisRequest.Parse(message.Body.ToString());
        await harness.Analyzer.AnalyzeAsync(request, CancellationToken.None);
        var findingsBefore = (await TableRows.AllAsync(harness.Store.Findings)).Count;

        var again = await harness.Analyzer.AnalyzeAsync(request, CancellationToken.None);

        Assert.True(again.Repeated);
        Assert.Equal(findingsBefore, (await TableRows.AllAsync(harness.Store.Findings)).Count);
    }

    [Fact]
    public async Task A_blob_replaced_before_analysis_leaves_its_old_submission_gone_and_the_new_one_analysed()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var old = await harness.Intake.UploadAsync(SubmissionFiles.Institution, "说明.txt", SubmissionFiles.Text("旧"), null, CancellationToken.None);
        var replacement = await harness.Intake.UploadAsync(SubmissionFiles.Institution, "说明.txt", SubmissionFiles.Text("新的内容"), null, CancellationToken.None);

        var outcomes = await harness.Drainer.DrainAsync(CancellationToken.None);

        Assert.Equal(SubmissionState.Gone, Assert.Single(outcomes, o => o.SubmissionId == old.SubmissionId).State);
        Assert.Equal(SubmissionState.Analyzed, Assert.Single(outcomes, o => o.SubmissionId == replacement.SubmissionId).State);
    }

    [Fact]
    public async Task A_word_report_writes_its_document_and_the_institution_status()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Intake.UploadAsync(SubmissionFiles.Institution, SummaryName,
            SubmissionFiles.Word("一、试点工作基本情况", "本校于2020年开展1+X证书制度试点。"), null, CancellationToken.None);

        await harness.Drainer.DrainAsync(CancellationToken.None);

        var document = Assert.Single(await TableRows.AllAsync(harness.Store.Documents));
        Assert.Equal($"{SubmissionFiles.Institution}/{SummaryName}", document.GetString("File"));
        Assert.Equal(document.GetInt32("Sections") ?? 0, (await TableRows.AllAsync(harness.Store.Sections)).Count);
        var filed = document.GetString("FiledBlob");
        Assert.Equal($"{SubmissionFiles.Institution}/工作总结报告/{SummaryName}", filed);
        Assert.True((await harness.Store.Materials.GetBlobClient(filed).ExistsAsync()).Value);
        var status = Assert.Single(await harness.Statuses.ListAsync(CancellationToken.None));
        Assert.Equal(SubmissionFiles.Institution, status.Name);
        Assert.False(status.Complete);
        Assert.Equal(1, status.Version);
    }
}
