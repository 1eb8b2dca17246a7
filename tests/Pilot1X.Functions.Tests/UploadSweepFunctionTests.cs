using Azure.Data.Tables;
using Microsoft.Azure.Functions.Worker;
using Pilot1X.Functions.Tests.Local;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Functions.Tests;

/// <summary>The sweep timer against the app's own services on Azurite: an upload whose event never came is caught once it has settled.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class UploadSweepFunctionTests(AzuriteFixture azurite)
{
    private const string Institution = "武汉船舶职业技术学院";

    [Fact]
    public async Task An_upload_without_its_event_is_left_alone_while_fresh_then_taken_in_once_however_often_the_timer_fires()
    {
        await using var app = await FunctionsApp.StartAsync(azurite.ConnectionString);
        var name = $"{Institution}/{Guid.NewGuid():N}.txt";
        await app.Store.Uploads.GetBlobClient(name).UploadAsync(BinaryData.FromString("事件丢失的上传"));
        var later = new ShiftedClock(UploadSweep.SettleTime + TimeSpan.FromMinutes(1));

        await app.Create<UploadSweepFunction>(TimeProvider.System).RunAsync(new TimerInfo(), CancellationToken.None);
        var whileFresh = await SubmissionsOfAsync(app, name);
        await app.Create<UploadSweepFunction>(later).RunAsync(new TimerInfo(), CancellationToken.None);
        var afterFirst = await TableRows.AllAsync(app.Store.Submissions);
        await app.Create<UploadSweepFunction>(later).RunAsync(new TimerInfo(), CancellationToken.None);
        var afterSecond = await TableRows.AllAsync(app.Store.Submissions);

        Assert.Empty(whileFresh);
        Assert.Single(afterFirst, row => row.GetString("BlobName") == name);
        Assert.Equal(afterFirst.Count, afterSecond.Count);
        var request = Assert.Single(await QueuedRequestsAsync(app), r => r.BlobName == name);
        Assert.Equal(Institution, request.Institution);
    }

    private static async Task<List<TableEntity>> SubmissionsOfAsync(FunctionsApp app, string name) =>
        [.. (await TableRows.AllAsync(app.Store.Submissions)).Where(row => row.GetString("BlobName") == name)];

    /// <summary>Every request on the (shared) analysis queue: other tests' leftover uploads are swept in too.</summary>
    private static async Task<List<AnalysisRequest>> QueuedRequestsAsync(FunctionsApp app)
    {
        var requests = new List<AnalysisRequest>();
        while ((await app.Store.AnalysisQueue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value is { Length: > 0 } messages)
        {
            requests.AddRange(messages.Select(m => AnalysisRequest.Parse(m.Body.ToString())));
        }

        return requests;
    }

    /// <summary>The system clock moved forward, so a blob written now counts as settled.</summary>
    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }
}
