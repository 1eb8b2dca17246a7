using Azure.Data.Tables;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Reporting;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Mail;

[Collection(AzuriteGroup.Name)]
public sealed class UploadReceiptRowTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Received = new(2020, 12, 21, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task A_sent_batch_keeps_its_SentAt_a_sent_row_from_before_that_column_reads_its_Table_timestamp_and_an_unsent_one_none()
    {
        var table = await TableAsync();
        var sentAt = Received.AddMinutes(10);
        var sent = Batch("b1", ["sub-1", "sub-2"], UploadReceiptRow.Sent) with { SentAt = sentAt, MessageId = "<receipt.upload.b1@pilot1x>" };
        // Written before SentAt existed: a Sent row whose last write queued its receipt.
        var older = Batch("b2", ["sub-3"], UploadReceiptRow.Sent);
        var unsent = Batch("b3", ["sub-4"], UploadReceiptRow.NoContact) with { Reason = "名单中没有联系邮箱" };
        foreach (var row in new[] { sent, older, unsent })
        {
            await table.AddEntityAsync(row.ToEntity());
        }

        var stored = await table.QueryAsync<TableEntity>().ToListAsync();
        var read = stored.ToDictionary(e => e.RowKey, UploadReceiptRow.From);

        var roundTrip = read["b1"];
        Assert.Equal((sent.Institution, sent.BatchKey, sent.State, sent.SentAt, sent.MessageId), (roundTrip.Institution, roundTrip.BatchKey, roundTrip.State, roundTrip.SentAt, roundTrip.MessageId));
        Assert.Equal(sent.Submissions, roundTrip.Submissions);
        Assert.Equal(sent.Files, roundTrip.Files);
        Assert.Equal((sent.FirstReceivedAt, sent.LastReceivedAt), (roundTrip.FirstReceivedAt, roundTrip.LastReceivedAt));
        var timestamp = stored.Single(e => e.RowKey == "b2").Timestamp;
        Assert.NotNull(timestamp);
        Assert.Equal(timestamp, read["b2"].SentAt);
        Assert.Null(read["b3"].SentAt);
    }

    [Fact]
    public async Task The_office_reads_a_sent_batch_as_the_receipt_of_every_submission_it_covers_and_the_latest_receipt_wins()
    {
        var table = await TableAsync();
        var first = Received.AddMinutes(10);
        var later = Received.AddDays(1);
        await table.AddEntityAsync((Batch("b1", ["sub-1", "sub-2"], UploadReceiptRow.Sent) with { SentAt = first }).ToEntity());
        await table.AddEntityAsync((Batch("b2", ["sub-3"], UploadReceiptRow.NoContact)).ToEntity());
        await table.AddEntityAsync((Batch("b3", ["sub-4"], UploadReceiptRow.Issuing)).ToEntity());
        // A mail receipt for sub-2 recorded after its upload batch's receipt: the later one is sub-2's receipt.
        var mail = new MailMessageRow(MailMessageRow.RowKeyOf("mid:<m1@school.cn>"), "inbox/m1.eml", "sub-2", "<m1@school.cn>", "<receipt-m1@pilot1x>",
            "teacher@school.cn", "材料提交", null, Received) { Outcome = MailOutcome.Receipt, ReceiptAt = later };

        var arrivals = new MailArrivals([mail.ToEntity()], await table.QueryAsync<TableEntity>().ToListAsync());

        Assert.Equal(first, arrivals.ReceiptOf("sub-1"));
        Assert.Equal(later, arrivals.ReceiptOf("sub-2"));
        Assert.Null(arrivals.ReceiptOf("sub-3"));
        Assert.Null(arrivals.ReceiptOf("sub-4"));
        Assert.Null(arrivals.SubjectOf("sub-1"));
    }

    private async Task<TableClient> TableAsync()
    {
        var table = new TableClient(azurite.ConnectionString, MailTableNames.UploadReceipts + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        return table;
    }

    private static UploadReceiptRow Batch(string key, string[] submissions, string state) =>
        new("武汉职业技术学院", key, submissions, state)
        {
            Files = [.. submissions.Select(s => s + ".docx")],
            FirstReceivedAt = Received,
            LastReceivedAt = Received.AddMinutes(4),
        };
}
