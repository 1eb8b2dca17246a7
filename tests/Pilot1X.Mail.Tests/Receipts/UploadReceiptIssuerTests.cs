using Pilot1X.Core.Attribution;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Roster;
using MimeKit;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Receipts;
using Pilot1X.Mail.Tests.Local;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Mail.Tests.Receipts;

/// <summary>Uploads through an institution's link get one receipt per batch, after a quiet period, to every roster contact.</summary>
[Collection(StorageOnly.Name)]
public sealed class UploadReceiptIssuerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2020, 12, 22, 14, 0, 0, TimeSpan.FromHours(8));
    private const string Partial = SeededOffice.Partial;
    private static readonly string Summary = Partial + "1+X证书制度试点工作总结报告.docx";
    private static readonly string Evaluation = Partial + "对培训评价组织1+X证书制度试点工作评价报告.docx";
    private static readonly string Scan = Partial + "1+X证书制度试点工作总结报告（盖章扫描版）.jpg";

    [Fact]
    public async Task Three_uploads_within_minutes_get_one_receipt_after_the_quiet_period_and_none_before()
    {
        await using var office = await SeededOffice.CreateAsync(azurite);
        await UploadAsync(office, Partial, Summary, WordSamples.SummaryReport(Partial), Start);
        await UploadAsync(office, Partial, Evaluation, WordSamples.EvaluationReport(Partial), Start.AddMinutes(2));
        await UploadAsync(office, Partial, Scan, ScanSampleBuilder.PageJpeg(new ScanPageOptions { Seal = true }), Start.AddMinutes(4));
        var issuer = office.Harness.Get<UploadReceiptIssuer>();
        var outbox = office.Folder("outbox");

        var early = await issuer.IssueDueAsync(Start.AddMinutes(9), CancellationToken.None);
        var due = await issuer.IssueDueAsync(Start.AddMinutes(15), CancellationToken.None);
        var again = await issuer.IssueDueAsync(Start.AddMinutes(20), CancellationToken.None);
        await office.Harness.Get<OutboxDrainer>().DrainAsync(new PickupFolderDelivery(outbox), CancellationToken.None);

        Assert.Equal(new UploadReceiptResult(0, 0, 1), early);
        Assert.Equal(new UploadReceiptResult(1, 0, 0), due);
        Assert.Equal(new UploadReceiptResult(0, 0, 0), again);
        var receipt = MimeMessage.Load(Assert.Single(Directory.GetFiles(outbox, "*.eml")));
        Assert.Equal(["jwc@wtc.example.cn", "1x@wtc.example.cn"], receipt.To.Mailboxes.Select(m => m.Address));
        Assert.DoesNotContain("Re:", receipt.Subject, StringComparison.Ordinal);
        Assert.Contains("3 个文件", receipt.Subject, StringComparison.Ordinal);
        Assert.StartsWith("receipt.upload.", receipt.MessageId, StringComparison.Ordinal);
        Assert.Contains($"{Partial}：", receipt.TextBody, StringComparison.Ordinal);
        Assert.Contains("2020年12月22日 14:00 至 2020年12月22日 14:04（北京时间）通过上传链接提交的 3 个文件已收到", receipt.TextBody, StringComparison.Ordinal);
        Assert.All([Summary, Evaluation, Scan], file => Assert.Contains("· " + file, receipt.TextBody, StringComparison.Ordinal));
        // What is still missing, named as the school should send it: the evaluation report's stamped scan.
        var institution = office.Harness.Get<InstitutionRoster>().Find(Partial)!;
        Assert.Contains(NamingRule.SuggestName(institution, MaterialKind.Evaluation, scan: true, "pdf"), receipt.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_after_the_receipt_starts_a_new_batch_with_only_its_own_files()
    {
        await using var office = await SeededOffice.CreateAsync(azurite);
        var issuer = office.Harness.Get<UploadReceiptIssuer>();
        var outbox = office.Folder("outbox");
        await UploadAsync(office, Partial, Summary, WordSamples.SummaryReport(Partial), Start);
        await UploadAsync(office, Partial, Evaluation, WordSamples.EvaluationReport(Partial), Start.AddMinutes(3));
        await issuer.IssueDueAsync(Start.AddMinutes(15), CancellationToken.None);
        await UploadAsync(office, Partial, Scan, ScanSampleBuilder.PageJpeg(new ScanPageOptions { Seal = true }), Start.AddMinutes(30));

        var waiting = await issuer.IssueDueAsync(Start.AddMinutes(35), CancellationToken.None);
        var second = await issuer.IssueDueAsync(Start.AddMinutes(45), CancellationToken.None);
        await office.Harness.Get<OutboxDrainer>().DrainAsync(new PickupFolderDelivery(outbox), CancellationToken.None);

        Assert.Equal(new UploadReceiptResult(0, 0, 1), waiting);
        Assert.Equal(new UploadReceiptResult(1, 0, 0), second);
        var receipts = Directory.GetFiles(outbox, "*.eml").Select(f => MimeMessage.Load(f)).ToList();
        Assert.Equal(2, receipts.Count);
        var latest = Assert.Single(receipts, r => r.Subject?.Contains("1 个文件", StringComparison.Ordinal) == true);
        Assert.Contains("· " + Scan, latest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("· " + Summary, latest.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_institution_without_a_contact_gets_no_receipt_and_the_batch_records_why()
    {
        await using var office = await SeededOffice.CreateAsync(azurite);
        var name = SeededOffice.NoContact + "1+X证书制度试点工作总结报告.docx";
        await UploadAsync(office, SeededOffice.NoContact, name, WordSamples.SummaryReport(SeededOffice.NoContact), Start);
        await UploadAsync(office, office.Harness.Mail.Options.UploadFolder, "mail.eml", Submissions.Word("<m1@example.cn>"), Start);

        var result = await office.Harness.Get<UploadReceiptIssuer>().IssueDueAsync(Start.AddHours(1), CancellationToken.None);

        Assert.Equal(new UploadReceiptResult(0, 1, 0), result);
        var row = UploadReceiptRow.From(Assert.Single(await TableRows.AllAsync(office.Harness.Mail.UploadReceipts)));
        Assert.Equal((SeededOffice.NoContact, UploadReceiptRow.NoContact), (row.Institution, row.State));
        Assert.Contains("没有“湖北工程学院”的联系邮箱", row.Reason ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal([name], row.Files);
        Assert.Null(row.SentAt);
        Assert.Empty(await TableRows.AllAsync(office.Harness.Mail.Outbox));
    }

    [Fact]
    public async Task The_batch_records_the_now_it_was_queued_at_also_when_a_later_pass_finishes_an_interrupted_claim()
    {
        await using var office = await SeededOffice.CreateAsync(azurite);
        var issuer = office.Harness.Get<UploadReceiptIssuer>();
        await UploadAsync(office, Partial, Summary, WordSamples.SummaryReport(Partial), Start);

        await issuer.IssueDueAsync(Start.AddMinutes(15), CancellationToken.None);
        await issuer.IssueDueAsync(Start.AddMinutes(20), CancellationToken.None);
        var sent = UploadReceiptRow.From(Assert.Single(await TableRows.AllAsync(office.Harness.Mail.UploadReceipts)));
        // A pass that stopped after claiming the batch and before queuing its receipt left it Issuing, with no SentAt.
        await office.Harness.Mail.UploadReceipts.UpsertEntityAsync((sent with { State = UploadReceiptRow.Issuing, SentAt = null }).ToEntity(), Azure.Data.Tables.TableUpdateMode.Replace);
        var finished = await issuer.IssueDueAsync(Start.AddHours(2), CancellationToken.None);
        var requeued = UploadReceiptRow.From(Assert.Single(await TableRows.AllAsync(office.Harness.Mail.UploadReceipts)));

        Assert.Equal((UploadReceiptRow.Sent, Start.AddMinutes(15)), (sent.State, sent.SentAt));
        Assert.Equal(1, finished.Issued);
        Assert.Equal((UploadReceiptRow.Sent, Start.AddHours(2)), (requeued.State, requeued.SentAt));
    }

    private static async Task UploadAsync(SeededOffice office, string folder, string name, byte[] content, DateTimeOffset at)
    {
        await office.Harness.Get<UploadIntake>().UploadAsync(folder, name, new MemoryStream(content), at, CancellationToken.None);
        await office.Harness.Get<AnalysisQueueDrainer>().DrainAsync(CancellationToken.None);
    }
}
