using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Tests.Local;

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
}
