using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Submissions;

[Collection(AzuriteGroup.Name)]
public sealed class UploadSweepTests(AzuriteFixture azurite)
{
    private static readonly string SummaryName = SubmissionFiles.Institution + "1+X证书制度试点工作总结报告.docx";

    [Fact]
    public async Task An_upload_whose_event_was_lost_is_found_by_the_sweep_and_analysed_once()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        var blobName = $"{SubmissionFiles.Institution}/{SummaryName}";
        // The school's upload landed, but no event reached the intake.
        await harness.Store.Uploads.GetBlobClient(blobName).UploadAsync(SubmissionFiles.Word("一、工作总结", "试点工作按计划推进。"));
        var sweep = harness.Get<UploadSweep>();

        var first = await sweep.SweepAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);
        var outcome = Assert.Single(await harness.Drainer.DrainAsync(CancellationToken.None));
        var second = await sweep.SweepAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.Equal([blobName], first.Queued);
        Assert.Equal(SubmissionState.Analyzed, outcome.State);
        Assert.Empty(second.Queued);
        Assert.Equal(1, second.Listed);
        Assert.Empty(await harness.Drainer.DrainAsync(CancellationToken.None));
        var submission = Assert.Single(await TableRows.AllAsync(harness.Store.Submissions));
        Assert.Equal(nameof(SubmissionState.Analyzed), submission.GetString("State"));
    }

    [Fact]
    public async Task An_upload_taken_in_by_its_event_is_not_queued_again_by_the_sweep()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Intake.UploadAsync(SubmissionFiles.Institution, "说明.txt", SubmissionFiles.Text("附件说明"), null, CancellationToken.None);

        var result = await harness.Get<UploadSweep>().SweepAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.Empty(result.Queued);
        Assert.Equal(1, result.Listed);
        Assert.Single((await harness.Store.AnalysisQueue.PeekMessagesAsync(32)).Value);
    }

    [Fact]
    public async Task A_replaced_upload_is_taken_in_again_because_its_new_version_was_never_analysed()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Intake.UploadAsync(SubmissionFiles.Institution, "说明.txt", SubmissionFiles.Text("第一版"), null, CancellationToken.None);
        await harness.Store.Uploads.GetBlobClient($"{SubmissionFiles.Institution}/说明.txt").UploadAsync(SubmissionFiles.Text("第二版，事件丢失"), overwrite: true);

        var result = await harness.Get<UploadSweep>().SweepAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.Equal([$"{SubmissionFiles.Institution}/说明.txt"], result.Queued);
        Assert.Equal(2, (await harness.Store.AnalysisQueue.PeekMessagesAsync(32)).Value.Length);
    }

    [Fact]
    public async Task A_fresh_upload_is_left_to_its_own_event_and_a_blob_outside_an_institution_folder_is_ignored()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        await harness.Store.Uploads.GetBlobClient($"{SubmissionFiles.Institution}/说明.txt").UploadAsync(SubmissionFiles.Text("刚上传"));
        await harness.Store.Uploads.GetBlobClient("根目录文件.txt").UploadAsync(SubmissionFiles.Text("不在单位文件夹"));

        var result = await harness.Get<UploadSweep>().SweepAsync(before, CancellationToken.None);

        Assert.Empty(result.Queued);
        Assert.Equal(1, result.Listed);
        Assert.Equal(1, result.Settling);
        Assert.Empty((await harness.Store.AnalysisQueue.PeekMessagesAsync(32)).Value);
    }
}
