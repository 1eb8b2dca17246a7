using Azure;
using Azure.Data.Tables;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Reporting;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Mail;

[Collection(AzuriteGroup.Name)]
public sealed class MailMessageRowTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_claim_reads_back_as_a_bare_pending_row_and_the_full_row_merged_onto_it_reads_back_whole()
    {
        var table = new TableClient(azurite.ConnectionString, "MailMessages" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        var key = MailMessageRow.RowKeyOf("mid:<a1@school.cn>");

        await table.AddEntityAsync(MailMessageRow.ClaimEntity(key, "inbox/u1.eml"));
        var claim = MailMessageRow.FromEntity((await table.GetEntityAsync<TableEntity>(MailMessageRow.Partition, key)).Value);
        var second = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(MailMessageRow.ClaimEntity(key, "inbox/u2.eml")));
        var full = new MailMessageRow(key, "inbox/u1.eml", "sub-1", "<a1@school.cn>", null, "teacher@school.cn", "材料提交", null,
            new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero)) { FromHeader = "王老师 <teacher@school.cn>" };
        await table.UpsertEntityAsync(full.ToEntity(), TableUpdateMode.Merge);

        Assert.Equal(new MailMessageRow(key, "inbox/u1.eml", null, null, null, null, string.Empty, null, DateTimeOffset.MinValue), claim);
        Assert.Equal(409, second.Status);
        Assert.Equal(full, MailMessageRow.FromEntity((await table.GetEntityAsync<TableEntity>(MailMessageRow.Partition, key)).Value));
    }

    [Fact]
    public async Task A_receipt_keeps_the_time_the_pipeline_recorded_it_and_a_row_from_before_that_column_reads_its_Table_timestamp()
    {
        var table = new TableClient(azurite.ConnectionString, "MailMessages" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        var recorded = new DateTimeOffset(2020, 12, 20, 9, 0, 0, TimeSpan.FromHours(8));
        var receivedAt = new DateTimeOffset(2020, 12, 20, 1, 0, 0, TimeSpan.Zero);
        MailMessageRow Row(string name, string submission) =>
            new(MailMessageRow.RowKeyOf("mid:<" + name + "@school.cn>"), "inbox/" + name + ".eml", submission, "<" + name + "@school.cn>", null, "teacher@school.cn", "材料提交", null, receivedAt);
        var answered = Row("a1", "sub-1");
        var refused = Row("a2", "sub-2");
        // Written before ReceiptAt existed: the receipt's Message-ID without a time of its own.
        var older = Row("a3", "sub-3") with { Receipt = "<receipt-3@pilot1x>", Outcome = MailOutcome.Receipt };
        foreach (var row in new[] { answered, refused, older })
        {
            await table.AddEntityAsync(row.ToEntity());
        }

        await table.UpsertEntityAsync(MailMessageRow.OutcomeEntity(answered.Key, MailOutcome.Receipt, null, "<receipt-1@pilot1x>", recorded), TableUpdateMode.Merge);
        await table.UpsertEntityAsync(MailMessageRow.OutcomeEntity(refused.Key, MailOutcome.RateLimited, "上限", "none:RATE_LIMIT", recorded), TableUpdateMode.Merge);
        var stored = await table.QueryAsync<TableEntity>().ToListAsync();
        var arrivals = new MailArrivals(stored, []);

        Assert.Equal(recorded, MailMessageRow.FromEntity(stored.Single(e => e.RowKey == answered.Key)).ReceiptAt);
        Assert.Null(MailMessageRow.FromEntity(stored.Single(e => e.RowKey == refused.Key)).ReceiptAt);
        Assert.Equal(recorded, arrivals.ReceiptOf("sub-1"));
        Assert.Null(arrivals.ReceiptOf("sub-2"));
        var timestamp = stored.Single(e => e.RowKey == older.Key).Timestamp;
        Assert.NotNull(timestamp);
        Assert.Equal(timestamp, arrivals.ReceiptOf("sub-3"));
    }
}
