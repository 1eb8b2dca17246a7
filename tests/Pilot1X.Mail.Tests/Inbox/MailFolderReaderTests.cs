using System.Diagnostics;
using MimeKit;
using Pilot1X.Mail.Inbox;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Tests.Local;
using Pilot1X.Samples;

namespace Pilot1X.Mail.Tests.Inbox;

[Collection(MailServers.Name)]
public sealed class MailFolderReaderTests(AzuriteFixture azurite, DovecotFixture dovecot)
{
    [Fact]
    public async Task A_folder_of_eml_files_read_twice_gives_one_submission_and_one_receipt_per_distinct_mail()
    {
        await using var harness = new MailHarness(azurite, dovecot, new() { ["Pilot1X:Deadline"] = "2099-12-28T23:59:59+08:00" });
        var folder = Path.Combine(Path.GetTempPath(), "pilot1x-eml-" + Guid.NewGuid().ToString("N"));
        var pickup = folder + "-out";
        Directory.CreateDirectory(folder);
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "a.eml"), Submissions.Word("fa@hbjt.edu.cn"));
            await File.WriteAllBytesAsync(Path.Combine(folder, "a-copy.eml"), Submissions.Word("fa@hbjt.edu.cn"));
            await File.WriteAllBytesAsync(Path.Combine(folder, "reply.eml"), Submissions.AutoReply());
            var delivery = new PickupFolderDelivery(pickup);

            var first = await harness.Get<MailCycle>().RunOnceAsync(folder, DateTimeOffset.UtcNow, delivery, CancellationToken.None);
            var second = await harness.Get<MailCycle>().RunOnceAsync(folder, DateTimeOffset.UtcNow, delivery, CancellationToken.None);

            Assert.Equal((2, 1, 1), (first.Poll.HandedOff, first.Poll.Duplicates, first.Sent));
            Assert.Equal((0, 0, 0), (second.Poll.HandedOff, second.ReceiptsQueued, second.Sent));
            Assert.Single(Directory.GetFiles(pickup));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            if (Directory.Exists(pickup))
            {
                Directory.Delete(pickup, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Mails_with_a_ten_mb_header_or_a_hostile_html_body_are_taken_in_quickly_and_the_normal_mail_after_them_gets_its_receipt()
    {
        await using var harness = new MailHarness(azurite, dovecot, new() { ["Pilot1X:Deadline"] = "2099-12-28T23:59:59+08:00" });
        var folder = Path.Combine(Path.GetTempPath(), "pilot1x-eml-" + Guid.NewGuid().ToString("N"));
        var pickup = folder + "-out";
        Directory.CreateDirectory(folder);
        try
        {
            const string subject = "武汉工程大学1+X证书制度试点工作材料";
            await File.WriteAllBytesAsync(Path.Combine(folder, "1-header.eml"), HostileMail.OversizedHeader(subject, "jwc@wit.example.cn", 10 << 20));
            await File.WriteAllBytesAsync(Path.Combine(folder, "2-links.eml"), HostileMail.UnclosedLinkFlood(subject, "jwc@wit.example.cn", 2 << 20));
            await File.WriteAllBytesAsync(Path.Combine(folder, "3-normal.eml"), Submissions.Word("<normal@hbjt.edu.cn>"));
            var stopwatch = Stopwatch.StartNew();

            var cycle = await harness.Get<MailCycle>().RunOnceAsync(folder, DateTimeOffset.UtcNow, new PickupFolderDelivery(pickup), CancellationToken.None);

            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), $"took {stopwatch.Elapsed}");
            Assert.Equal(3, cycle.Poll.HandedOff);
            var rows = await TableRows.AllAsync(harness.Mail.Messages);
            var refused = Assert.Single(rows, r => r.GetString("IgnoreReason") == MessageHeaders.HeaderTooLarge);
            Assert.Equal(subject, refused.GetString("Subject"));
            var recipients = Directory.GetFiles(pickup).Select(f => MimeMessage.Load(f).To.Mailboxes.Single().Address).ToList();
            Assert.Contains("jwc@hbjt.edu.cn", recipients);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            if (Directory.Exists(pickup))
            {
                Directory.Delete(pickup, recursive: true);
            }
        }
    }
}
