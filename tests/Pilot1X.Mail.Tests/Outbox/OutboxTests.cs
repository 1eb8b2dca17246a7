using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Receipts;
using Pilot1X.Mail.Tests.Local;
using Pilot1X.Mail.Tests.Receipts;
using Pilot1X.Pipeline.Tables;
using SmtpServer.Protocol;

namespace Pilot1X.Mail.Tests.Outbox;

[Collection(MailServers.Name)]
public sealed class OutboxTests(AzuriteFixture azurite, DovecotFixture dovecot)
{
    private static readonly Dictionary<string, string?> NoBackoff = new() { ["Pilot1X:Mail:OutboxRetryBaseSeconds"] = "0" };

    [Fact]
    public async Task A_receipt_arrives_over_smtp_threaded_with_its_headers_and_chinese_text()
    {
        await using var harness = new MailHarness(azurite, dovecot, NoBackoff);
        await using var smtp = new SmtpTestServer();
        smtp.Start();
        using var receipt = harness.Get<ReceiptComposer>().Compose(ReceiptSamples.Request(ReceiptSamples.School));

        Assert.True(await harness.Get<MailOutbox>().EnqueueAsync(receipt, CancellationToken.None));
        var outcomes = await harness.Get<OutboxDrainer>().DrainAsync(Delivery(smtp), CancellationToken.None);

        Assert.Equal([OutboxState.Sent], outcomes);
        var arrived = Assert.Single(smtp.Received);
        Assert.Equal(receipt.MessageId, arrived.MessageId);
        Assert.Equal("a1@hbjt.edu.cn", arrived.InReplyTo);
        Assert.Equal("auto-replied", arrived.Headers["Auto-Submitted"]);
        Assert.Equal("All", arrived.Headers["X-Auto-Response-Suppress"]);
        Assert.StartsWith("Re: ", arrived.Subject, StringComparison.Ordinal);
        Assert.Contains("湖北交通职业技术学院1+X证书制度试点工作总结报告（盖章扫描版）.pdf", arrived.TextBody, StringComparison.Ordinal);
        Assert.Contains("报送截止时间：2020年12月28日 23:59（北京时间）", arrived.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_implicit_tls_the_way_port_465_works_the_receipt_is_delivered()
    {
        await using var harness = new MailHarness(azurite, dovecot, NoBackoff);
        await using var smtp = new SmtpTestServer(implicitTls: true);
        smtp.Start();
        using var receipt = harness.Get<ReceiptComposer>().Compose(ReceiptSamples.Request(ReceiptSamples.School));
        await harness.Get<MailOutbox>().EnqueueAsync(receipt, CancellationToken.None);
        var endpoint = SmtpEndpoint.Parse($"smtps://127.0.0.1:{smtp.Port}") with { CertificateValidation = smtp.CertificateValidation };

        var outcomes = await harness.Get<OutboxDrainer>().DrainAsync(new SmtpDelivery(endpoint), CancellationToken.None);

        Assert.Equal(MailKit.Security.SecureSocketOptions.SslOnConnect, endpoint.Security);
        Assert.Equal([OutboxState.Sent], outcomes);
        Assert.Equal(receipt.MessageId, Assert.Single(smtp.Received).MessageId);
    }

    [Fact]
    public async Task With_smtp_down_the_outbox_keeps_every_mail_and_delivers_each_exactly_once_after_recovery()
    {
        await using var harness = new MailHarness(azurite, dovecot, NoBackoff);
        await using var smtp = new SmtpTestServer();
        var outbox = harness.Get<MailOutbox>();
        var composer = harness.Get<ReceiptComposer>();
        foreach (var id in new[] { "s1", "s2", "s3" })
        {
            using var receipt = composer.Compose(ReceiptSamples.Request(ReceiptSamples.School) with { SubmissionId = id });
            Assert.True(await outbox.EnqueueAsync(receipt, CancellationToken.None));
        }

        using (var again = composer.Compose(ReceiptSamples.Request(ReceiptSamples.School) with { SubmissionId = "s1" }))
        {
            Assert.True(await outbox.EnqueueAsync(again, CancellationToken.None));
        }

        var whileDown = await harness.Get<OutboxDrainer>().DrainAsync(Delivery(smtp), CancellationToken.None);
        smtp.Start();
        var afterRecovery = new List<OutboxState>();
        for (var round = 0; round < 3; round++)
        {
            afterRecovery.AddRange(await harness.Get<OutboxDrainer>().DrainAsync(Delivery(smtp), CancellationToken.None));
        }

        Assert.Contains(OutboxState.Deferred, whileDown);
        Assert.DoesNotContain(OutboxState.Sent, whileDown);
        Assert.Equal(3, smtp.Received.Count);
        Assert.Equal(3, smtp.Received.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count());
        var rows = await TableRows.AllAsync(harness.Mail.Outbox);
        Assert.All(rows, r => Assert.Equal(nameof(OutboxState.Sent), r.GetString("State")));
    }

    [Fact]
    public async Task A_5xx_refusal_dead_letters_the_mail_with_the_reason_and_never_retries_it()
    {
        await using var harness = new MailHarness(azurite, dovecot, NoBackoff);
        await using var smtp = new SmtpTestServer { Refusal = new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "DT:SPM spam suspected") };
        smtp.Start();
        using var receipt = harness.Get<ReceiptComposer>().Compose(ReceiptSamples.Request(ReceiptSamples.School));
        await harness.Get<MailOutbox>().EnqueueAsync(receipt, CancellationToken.None);

        var first = await harness.Get<OutboxDrainer>().DrainAsync(Delivery(smtp), CancellationToken.None);
        smtp.Refusal = null;
        Assert.False(await harness.Get<MailOutbox>().EnqueueAsync(receipt, CancellationToken.None));
        var second = await harness.Get<OutboxDrainer>().DrainAsync(Delivery(smtp), CancellationToken.None);

        Assert.Equal([OutboxState.DeadLettered], first);
        Assert.Empty(second);
        Assert.Empty(smtp.Received);
        var row = Assert.Single(await TableRows.AllAsync(harness.Mail.Outbox));
        Assert.Contains("550", row.GetString("LastError"), StringComparison.Ordinal);
        Assert.Contains("DT:SPM", row.GetString("LastError"), StringComparison.Ordinal);
        Assert.Equal(1, (await harness.Mail.OutboxPoisonQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task A_mail_whose_last_attempt_died_mid_transfer_is_not_sent_a_second_time()
    {
        await using var harness = new MailHarness(azurite, dovecot, NoBackoff);
        await using var smtp = new SmtpTestServer();
        smtp.Start();
        using var receipt = harness.Get<ReceiptComposer>().Compose(ReceiptSamples.Request(ReceiptSamples.School));
        await harness.Get<MailOutbox>().EnqueueAsync(receipt, CancellationToken.None);
        var row = Assert.Single(await TableRows.AllAsync(harness.Mail.Outbox));
        row["State"] = nameof(OutboxState.Sending);
        await harness.Mail.Outbox.UpdateEntityAsync(row, row.ETag);

        var outcomes = await harness.Get<OutboxDrainer>().DrainAsync(Delivery(smtp), CancellationToken.None);

        Assert.Equal([OutboxState.DeadLettered], outcomes);
        Assert.Empty(smtp.Received);
        Assert.Contains("结果不确定", (await TableRows.AllAsync(harness.Mail.Outbox))[0].GetString("LastError"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_to_a_32766_character_subject_is_queued_with_its_row_shortened_and_sent_with_the_whole_subject()
    {
        await using var harness = new MailHarness(azurite, dovecot, NoBackoff);
        await using var smtp = new SmtpTestServer();
        smtp.Start();
        var subject = new string('补', 32_766);
        using var receipt = harness.Get<ReceiptComposer>().Compose(ReceiptSamples.Request(ReceiptSamples.School, subject: subject));

        Assert.True(await harness.Get<MailOutbox>().EnqueueAsync(receipt, CancellationToken.None));
        var outcomes = await harness.Get<OutboxDrainer>().DrainAsync(Delivery(smtp), CancellationToken.None);

        Assert.Equal([OutboxState.Sent], outcomes);
        Assert.Equal("Re: " + subject, Assert.Single(smtp.Received).Subject);
        var row = Assert.Single(await TableRows.AllAsync(harness.Mail.Outbox));
        Assert.Equal(TableLimits.MaxCopiedTextChars, row.GetString("Subject")!.Length);
    }

    [Fact]
    public async Task A_queued_mail_whose_content_is_lost_is_dead_lettered_with_its_reason_and_the_mail_after_it_is_sent()
    {
        await using var harness = new MailHarness(azurite, dovecot, NoBackoff);
        await using var smtp = new SmtpTestServer();
        smtp.Start();
        var composer = harness.Get<ReceiptComposer>();
        foreach (var id in new[] { "lost", "kept" })
        {
            using var receipt = composer.Compose(ReceiptSamples.Request(ReceiptSamples.School) with { SubmissionId = id });
            await harness.Get<MailOutbox>().EnqueueAsync(receipt, CancellationToken.None);
        }

        var lost = (await TableRows.AllAsync(harness.Mail.Outbox)).Single(r => r.GetString("MessageId") == composer.MessageIdFor("lost"));
        await harness.Mail.OutboxBlobs.DeleteBlobAsync(lost.GetString("Blob"));

        var outcomes = await harness.Get<OutboxDrainer>().DrainAsync(Delivery(smtp), CancellationToken.None);

        Assert.Equal([OutboxState.Sent, OutboxState.DeadLettered], outcomes.Order());
        Assert.Equal(composer.MessageIdFor("kept"), Assert.Single(smtp.Received).MessageId);
        var row = (await TableRows.AllAsync(harness.Mail.Outbox)).Single(r => r.GetString("MessageId") == composer.MessageIdFor("lost"));
        Assert.Equal(nameof(OutboxState.DeadLettered), row.GetString("State"));
        Assert.Contains("已丢失或无法读取", row.GetString("LastError"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_local_pickup_folder_gets_one_eml_per_mail_however_often_it_is_queued()
    {
        await using var harness = new MailHarness(azurite, dovecot, NoBackoff);
        var folder = Path.Combine(Path.GetTempPath(), "pilot1x-pickup-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var receipt = harness.Get<ReceiptComposer>().Compose(ReceiptSamples.Request(ReceiptSamples.School));
            await harness.Get<MailOutbox>().EnqueueAsync(receipt, CancellationToken.None);
            await harness.Get<MailOutbox>().EnqueueAsync(receipt, CancellationToken.None);
            await harness.Get<OutboxDrainer>().DrainAsync(new PickupFolderDelivery(folder), CancellationToken.None);

            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith(".eml", file, StringComparison.Ordinal);
            using var written = await MimeKit.MimeMessage.LoadAsync(file);
            Assert.Equal(receipt.MessageId, written.MessageId);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static SmtpDelivery Delivery(SmtpTestServer smtp) =>
        new(SmtpEndpoint.Parse($"smtp://127.0.0.1:{smtp.Port}"));
}
