using Azure.Data.Tables;
using Pilot1X.Pipeline.Blobs;
using Pilot1X.Pipeline.Tables;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Blobs;

[Collection(AzuriteGroup.Name)]
public sealed class LongTextStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Text_too_long_for_a_property_goes_to_a_blob_and_the_row_keeps_a_reference()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        var store = harness.Get<LongTextStore>();
        var text = string.Concat(Enumerable.Repeat("校企合作", 12_000));
        var row = new TableEntity("doc", "0001");

        await store.KeepAsync(row, "Title", text, "s1/doc/0001/title.txt", CancellationToken.None);

        Assert.True(row.ContainsKey("TitleBlob"));
        TableLimits.Validate(row, "Sections");
        await harness.Store.Sections.AddEntityAsync(row);
        var stored = (await harness.Store.Sections.GetEntityAsync<TableEntity>("doc", "0001")).Value;
        Assert.Equal(text, await store.ReadAsync(stored, "Title", CancellationToken.None));
    }

    [Fact]
    public async Task Short_text_stays_in_the_row()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var row = new TableEntity("doc", "0001");

        await harness.Get<LongTextStore>().KeepAsync(row, "Title", "一、试点工作基本情况", "x", CancellationToken.None);

        Assert.Equal("一、试点工作基本情况", row.GetString("Title"));
        Assert.False(row.ContainsKey("TitleBlob"));
    }
}
