using Azure.Data.Tables;
using Pilot1X.Functions.Tests.Local;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Functions.Tests;

[Collection(AzuriteGroup.Name)]
public sealed class FunctionInvocationTests(AzuriteFixture azurite)
{
    private static readonly string Institution = "武汉船舶职业技术学院";

    [Fact]
    public async Task The_upload_function_records_a_blob_once_however_often_its_event_arrives()
    {
        await using var app = await FunctionsApp.StartAsync(azurite.ConnectionString);
        var blob = app.Store.Uploads.GetBlobClient($"{Institution}/{Guid.NewGuid():N}.txt");
        await blob.UploadAsync(BinaryData.FromString("附件说明"));
        var function = app.Create<UploadFunction>();

        await function.RunAsync(blob, CancellationToken.None);
        await function.RunAsync(blob, CancellationToken.None);

        Assert.Single(await TableRows.AllAsync(app.Store.Submissions));
        Assert.Single((await app.Store.AnalysisQueue.PeekMessagesAsync(32)).Value);
    }

    [Fact]
    public async Task The_analyze_function_analyses_the_queued_submission()
    {
        await using var app = await FunctionsApp.StartAsync(azurite.ConnectionString);
        var blob = app.Store.Uploads.GetBlobClient($"{Institution}/{Guid.NewGuid():N}.txt");
        await blob.UploadAsync(BinaryData.FromString("附件说明"));
        await app.Create<UploadFunction>().RunAsync(blob, CancellationToken.None);
        var message = await FunctionsApp.ReceiveAsync(app.Store.AnalysisQueue);

        await app.Create<AnalyzeFunction>().RunAsync(message, CancellationToken.None);

        var submission = Assert.Single(await TableRows.AllAsync(app.Store.Submissions));
        Assert.Equal(nameof(SubmissionState.Analyzed), submission.GetString("State"));
    }

    [Fact]
    public async Task The_analyze_function_fails_on_an_unreadable_message_so_the_host_retries_and_poisons_it()
    {
        await using var app = await FunctionsApp.StartAsync(azurite.ConnectionString);
        await app.Store.AnalysisQueue.SendMessageAsync("not a request");
        var message = await FunctionsApp.ReceiveAsync(app.Store.AnalysisQueue);

        await Assert.ThrowsAsync<FormatException>(() => app.Create<AnalyzeFunction>().RunAsync(message, CancellationToken.None));
    }

    [Fact]
    public async Task The_poison_function_records_why_the_submission_failed_and_marks_it_poisoned()
    {
        await using var app = await FunctionsApp.StartAsync(azurite.ConnectionString);
        var blob = app.Store.Uploads.GetBlobClient($"{Institution}/{Guid.NewGuid():N}.txt");
        await blob.UploadAsync(BinaryData.FromString("附件说明"));
        var intake = await app.Create<UploadIntake>().AcceptAsync(blob, null, CancellationToken.None);
        await blob.DeleteAsync();
        var queued = await FunctionsApp.ReceiveAsync(app.Store.AnalysisQueue);
        var failure = "RequestFailedException: 测试中模拟的存储故障";
        await app.Store.Submissions.UpsertEntityAsync(new TableEntity(Pipeline.Tables.TableKey.Encode(Institution), intake.SubmissionId) { ["LastError"] = failure }, TableUpdateMode.Merge);
        await app.Store.PoisonQueue.SendMessageAsync(queued.Body.ToString());
        var poisoned = await FunctionsApp.ReceiveAsync(app.Store.PoisonQueue);

        await app.Create<PoisonFunction>().RunAsync(poisoned, CancellationToken.None);

        var record = Assert.Single(await TableRows.AllAsync(app.Store.Poison));
        Assert.Equal(failure, record.GetString("Reason"));
        Assert.Equal(intake.SubmissionId, record.GetString("SubmissionId"));
        var submission = Assert.Single(await TableRows.AllAsync(app.Store.Submissions));
        Assert.Equal(nameof(SubmissionState.Poisoned), submission.GetString("State"));
    }
}
