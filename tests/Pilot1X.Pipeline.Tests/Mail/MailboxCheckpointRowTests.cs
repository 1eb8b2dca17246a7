using Azure.Data.Tables;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Mail;

[Collection(AzuriteGroup.Name)]
public sealed class MailboxCheckpointRowTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_checkpoint_round_trips_through_the_table_with_UIDs_above_the_signed_32_bit_range()
    {
        var table = new TableClient(azurite.ConnectionString, "Checkpoints" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        var checkpoint = new MailboxCheckpointRow("INBOX/材料", uint.MaxValue - 1, 3_000_000_000, new DateTimeOffset(2026, 12, 2, 7, 30, 0, TimeSpan.Zero));

        await table.AddEntityAsync(checkpoint.ToEntity());
        var stored = (await table.GetEntityAsync<TableEntity>(MailboxCheckpointRow.PartitionOf("INBOX/材料"), MailboxCheckpointRow.Key)).Value;
        var read = MailboxCheckpointRow.FromEntity(stored);

        Assert.Equal(checkpoint, read with { ETag = null });
        Assert.NotNull(read.ETag);
        Assert.Equal(3_000_000_000L, stored.GetInt64("LastUid"));
    }
}
