using Azure;
using Azure.Data.Tables;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Mail;

[Collection(AzuriteGroup.Name)]
public sealed class OutboxRowTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_outbox_row_round_trips_through_the_table_with_every_column_it_writes()
    {
        var table = new TableClient(azurite.ConnectionString, "OutboxRows" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        var queued = OutboxRow.Queued("<r1@pilot1x>", "ab12.eml", "office@example.cn", "回执：武汉职业技术学院");

        await table.AddEntityAsync(queued.ToEntity());
        var read = OutboxRow.FromEntity((await table.GetEntityAsync<TableEntity>(OutboxRow.Partition, OutboxRow.RowKeyOf("<r1@pilot1x>"))).Value);
        var dead = read with { State = "DeadLettered", Attempts = 2, LastError = "550 拒收", DeadLetteredAt = new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero) };
        await table.UpdateEntityAsync(dead.ToEntity(), ETag.All, TableUpdateMode.Replace);
        var stored = (await table.GetEntityAsync<TableEntity>(OutboxRow.Partition, OutboxRow.RowKeyOf("<r1@pilot1x>"))).Value;

        Assert.Equal(queued with { ETag = default }, read with { ETag = default });
        Assert.Equal(("Queued", "ab12.eml", 0), (read.State, read.Blob, read.Attempts));
        Assert.Equal(dead with { ETag = default }, OutboxRow.FromEntity(stored) with { ETag = default });
        Assert.True(OutboxRow.FromEntity(stored).DeadLettered);
        Assert.Equal(["Attempts", "Blob", "DeadLetteredAt", "LastError", "MessageId", "State", "Subject", "To"],
            stored.Keys.Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_queued_row_shortens_its_copies_of_the_recipients_and_subject()
    {
        var row = OutboxRow.Queued("<r2@pilot1x>", "cd34.eml", new string('a', 5000), new string('题', 40_000));

        Assert.True(row.To.Length <= 1000 && row.Subject.Length <= 1000);
        Assert.EndsWith("…", row.Subject, StringComparison.Ordinal);
        Assert.Equal(string.Empty, OutboxRow.Queued("<r3@pilot1x>", "ef56.eml", "a@b.cn", null).Subject);
    }
}
