using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Submissions;

[Collection(AzuriteGroup.Name)]
public sealed class PoisonPathTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_analysis_that_keeps_failing_ends_in_the_poison_queue_with_its_reason_recorded()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var intake = await harness.Intake.UploadAsync(SubmissionFiles.Institution, "说明.txt", SubmissionFiles.Text("x"), null, CancellationToken.None);
        await harness.Store.Materials.DeleteAsync();
        var drainer = new AnalysisQueueDrainer(harness.Store, harness.Analyzer, harness.Poison, Microsoft.Extensions.Logging.Abstractions.NullLogger<AnalysisQueueDrainer>.Instance)
        {
            MaxDequeueCount = 2,
        };

        var outcomes = await drainer.DrainAsync(CancellationToken.None);

        Assert.Empty(outcomes);
        var record = Assert.Single(await harness.Poison.ListAsync(CancellationToken.None));
        Assert.Equal(intake.SubmissionId, record.SubmissionId);
        Assert.Contains("RequestFailedException", record.Reason, StringComparison.Ordinal);
        var submission = Assert.Single(await TableRows.AllAsync(harness.Store.Submissions));
        Assert.Equal(nameof(SubmissionState.Poisoned), submission.GetString("State"));
        Assert.Equal(0, (await harness.Store.AnalysisQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Equal(0, (await harness.Store.PoisonQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task An_unreadable_message_is_poisoned_at_once_with_the_reason_recorded()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        await harness.Store.AnalysisQueue.SendMessageAsync("{\"submissionId\": 42");

        await harness.Drainer.DrainAsync(CancellationToken.None);

        var record = Assert.Single(await harness.Poison.ListAsync(CancellationToken.None));
        Assert.Null(record.SubmissionId);
        Assert.Contains("无法读取", record.Reason, StringComparison.Ordinal);
    }
}
