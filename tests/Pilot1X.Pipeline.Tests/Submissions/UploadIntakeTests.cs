using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Submissions;

[Collection(AzuriteGroup.Name)]
public sealed class UploadIntakeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_same_blob_event_twice_makes_one_submission_and_one_analysis_message()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        var blob = harness.Store.Uploads.GetBlobClient($"{SubmissionFiles.Institution}/说明.txt");
        await blob.UploadAsync(SubmissionFiles.Text("附件说明"));

        var first = await harness.Intake.AcceptAsync(blob, null, CancellationToken.None);
        var second = await harness.Intake.AcceptAsync(blob, null, CancellationToken.None);

        Assert.True(first.Queued);
        Assert.False(second.Queued);
        Assert.Equal(first.SubmissionId, second.SubmissionId);
        var submission = Assert.Single(await TableRows.AllAsync(harness.Store.Submissions));
        Assert.Equal(nameof(SubmissionState.Queued), submission.GetString("State"));
        Assert.Equal(SubmissionFiles.Institution, submission.GetString("Institution"));
        Assert.Single((await harness.Store.AnalysisQueue.PeekMessagesAsync(32)).Value);
    }

    [Fact]
    public async Task A_changed_upload_under_the_same_name_is_a_new_submission()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var first = await harness.Intake.UploadAsync(SubmissionFiles.Institution, "说明.txt", SubmissionFiles.Text("第一版"), null, CancellationToken.None);
        var second = await harness.Intake.UploadAsync(SubmissionFiles.Institution, "说明.txt", SubmissionFiles.Text("第二版，内容已改"), null, CancellationToken.None);

        Assert.True(second.Queued);
        Assert.NotEqual(first.SubmissionId, second.SubmissionId);
        Assert.Equal(2, (await TableRows.AllAsync(harness.Store.Submissions)).Count);
        Assert.Equal(2, (await harness.Store.AnalysisQueue.PeekMessagesAsync(32)).Value.Length);
    }

    [Fact]
    public async Task The_queue_message_names_the_blob_version_and_reads_back()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var receivedAt = new DateTimeOffset(2020, 12, 20, 9, 30, 0, TimeSpan.FromHours(8));
        var result = await harness.Intake.UploadAsync(SubmissionFiles.Institution, "子目录/说明.txt", SubmissionFiles.Text("x"), receivedAt, CancellationToken.None);

        var message = Assert.Single((await harness.Store.AnalysisQueue.PeekMessagesAsync(1)).Value);
        var request = AnalysisRequest.Parse(message.Body.ToString());

        Assert.Equal(result.SubmissionId, request.SubmissionId);
        Assert.Equal($"{SubmissionFiles.Institution}/子目录/说明.txt", request.BlobName);
        Assert.Equal(SubmissionFiles.Institution, request.Institution);
        Assert.Equal(receivedAt, request.ReceivedAt);
        Assert.False(string.IsNullOrEmpty(request.ETag));
    }

    [Fact]
    public async Task The_same_content_uploaded_again_under_the_same_name_is_not_a_new_submission()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var first = await harness.Intake.UploadAsync(SubmissionFiles.Institution, "说明.txt", SubmissionFiles.Text("同一份"), null, CancellationToken.None);
        var again = await harness.Intake.UploadAsync(SubmissionFiles.Institution, "说明.txt", SubmissionFiles.Text("同一份"), null, CancellationToken.None);

        Assert.False(again.Queued);
        Assert.Equal(first.SubmissionId, again.SubmissionId);
        Assert.Single((await harness.Store.AnalysisQueue.PeekMessagesAsync(32)).Value);
    }
}
