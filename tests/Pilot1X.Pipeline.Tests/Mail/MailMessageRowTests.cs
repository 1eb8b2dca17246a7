using Azure;
using Azure.Data.Tables;
using Pilot1X.Pipeline.Mail;
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
}
