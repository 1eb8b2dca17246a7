using Azure;
using Azure.Data.Tables;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Mail;

[Collection(AzuriteGroup.Name)]
public sealed class ReceiptCountRowTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_receipt_count_round_trips_and_its_ETag_guards_the_next_update()
    {
        var table = new TableClient(azurite.ConnectionString, "ReceiptCounts" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        var hour = ReceiptCountRow.HourOf(new DateTimeOffset(2026, 12, 2, 15, 59, 0, TimeSpan.FromHours(8)));
        var partition = ReceiptCountRow.PartitionOf("  Office@Example.CN ");

        await table.AddEntityAsync(new ReceiptCountRow(partition, hour, 1).ToEntity());
        var read = ReceiptCountRow.FromEntity((await table.GetEntityAsync<TableEntity>(partition, hour)).Value);
        await table.UpdateEntityAsync((read with { Count = 2 }).ToEntity(), read.ETag, TableUpdateMode.Replace);
        var stale = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpdateEntityAsync((read with { Count = 3 }).ToEntity(), read.ETag, TableUpdateMode.Replace));

        Assert.Equal(("2026120207", 1), (read.Hour, read.Count));
        Assert.Equal(ReceiptCountRow.PartitionOf("office@example.cn"), partition);
        Assert.Equal(412, stale.Status);
        Assert.Equal(2, ReceiptCountRow.FromEntity((await table.GetEntityAsync<TableEntity>(partition, hour)).Value).Count);
    }
}
