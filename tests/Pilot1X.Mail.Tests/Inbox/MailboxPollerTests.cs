using System.Text;
using MailKit;
using Pilot1X.Mail.Inbox;
using Pilot1X.Mail.Tests.Local;
using Pilot1X.Samples;

namespace Pilot1X.Mail.Tests.Inbox;

[Collection(MailServers.Name)]
public sealed class MailboxPollerTests(AzuriteFixture azurite, DovecotFixture dovecot)
{
    private static readonly string[] LoginCommands = [" AUTHENTICATE ", " LOGIN "];

    [Fact]
    public async Task Polling_twice_hands_each_distinct_message_to_the_intake_once_and_leaves_seen_alone()
    {
        await using var harness = new MailHarness(azurite, dovecot);
        await harness.AppendAsync("INBOX",
            Submissions.Word("a@hbjt.edu.cn"), Submissions.Word("b@hbjt.edu.cn", AttachmentNameEncoding.Rfc2231),
            Submissions.Word("a@hbjt.edu.cn"), Submissions.AutoReply(), Submissions.Bounce());

        var first = await harness.Poller.PollAsync(harness.Endpoint(), CancellationToken.None);
        var second = await harness.Poller.PollAsync(harness.Endpoint(), CancellationToken.None);

        Assert.Equal(new PollResult(5, 4, 1, Resynced: true), first);
        Assert.Equal(new PollResult(0, 0, 0, Resynced: false), second);
        Assert.Equal(4, (await TableRows.AllAsync(harness.Store.Submissions)).Count);
        Assert.Equal(4, (await harness.Store.AnalysisQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        var rows = await TableRows.AllAsync(harness.Mail.Messages);
        Assert.Equal(["AUTO_REPLY", "BOUNCE"], rows.Select(r => r.GetString("IgnoreReason")).OfType<string>().Order(StringComparer.Ordinal));
        Assert.Equal(5, await BlobCountAsync(harness));

        using var client = await harness.ConnectAsync();
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var flags = await client.Inbox.FetchAsync(0, -1, MessageSummaryItems.Flags);
        Assert.All(flags, f => Assert.False(f.Flags!.Value.HasFlag(MessageFlags.Seen)));
    }

    [Fact]
    public async Task Concurrent_polls_record_each_submission_once_and_end_at_the_last_uid()
    {
        await using var harness = new MailHarness(azurite, dovecot);
        var uids = await harness.AppendAsync("INBOX", [.. Enumerable.Range(1, 6).Select(i => Submissions.Word($"c{i}@hbjt.edu.cn"))]);

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => harness.Poller.PollAsync(harness.Endpoint(), CancellationToken.None)));

        Assert.True(results.Sum(r => r.Fetched) >= 6);
        var submissions = await TableRows.AllAsync(harness.Store.Submissions);
        Assert.Equal(6, submissions.Select(r => r.RowKey).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(6, submissions.Count);
        var checkpoint = await harness.Get<CheckpointStore>().ReadAsync(harness.Endpoint().CheckpointKey, CancellationToken.None);
        Assert.Equal(uids[^1].Id, checkpoint.LastUid);
        Assert.Equal(0, (await harness.Poller.PollAsync(harness.Endpoint(), CancellationToken.None)).Fetched);
    }

    [Fact]
    public async Task A_connection_dropped_mid_fetch_loses_and_doubles_nothing_after_the_next_poll()
    {
        await using var harness = new MailHarness(azurite, dovecot);
        await harness.AppendAsync("INBOX", Submissions.Word("d1@hbjt.edu.cn"), Submissions.Word("d2@hbjt.edu.cn", padding: 3_000_000), Submissions.Word("d3@hbjt.edu.cn"));
        await using (var proxy = new DroppingProxy(dovecot.ImapsPort, dropAfterBytes: 1_500_000))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => harness.Poller.PollAsync(harness.Endpoint(port: proxy.Port) with { Security = MailKit.Security.SecureSocketOptions.SslOnConnect }, CancellationToken.None));
        }

        var before = await TableRows.AllAsync(harness.Store.Submissions);
        var after = await harness.Poller.PollAsync(harness.Endpoint(), CancellationToken.None);

        Assert.Single(before);
        Assert.Equal(2, after.Fetched);
        Assert.Equal(3, (await TableRows.AllAsync(harness.Store.Submissions)).Count);
        Assert.Equal(3, (await harness.Store.AnalysisQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task A_uidvalidity_change_resyncs_and_takes_only_the_mail_not_seen_before()
    {
        await using var harness = new MailHarness(azurite, dovecot);
        await harness.AppendAsync("Submissions", Submissions.Word("v1@hbjt.edu.cn"), Submissions.Word("v2@hbjt.edu.cn"));
        var endpoint = harness.Endpoint("Submissions");
        await harness.Poller.PollAsync(endpoint, CancellationToken.None);
        using (var client = await harness.ConnectAsync())
        {
            await (await client.GetFolderAsync("Submissions")).DeleteAsync();
        }

        await harness.AppendAsync("Submissions", Submissions.Word("v1@hbjt.edu.cn"), Submissions.Word("v2@hbjt.edu.cn"), Submissions.Word("v3@hbjt.edu.cn"));
        var result = await harness.Poller.PollAsync(endpoint, CancellationToken.None);

        Assert.Equal(new PollResult(3, 1, 2, Resynced: true), result);
        Assert.Equal(3, (await TableRows.AllAsync(harness.Store.Submissions)).Count);
    }

    [Fact]
    public async Task An_imap_address_on_the_plain_port_upgrades_with_starttls_and_polls_the_same_way()
    {
        await using var harness = new MailHarness(azurite, dovecot);
        await harness.AppendAsync("INBOX", Submissions.Word("t1@hbjt.edu.cn"));
        var endpoint = MailboxEndpoint.Parse($"imap://{Uri.EscapeDataString(harness.User)}:{DovecotFixture.Password}@127.0.0.1:{dovecot.ImapPort}/INBOX")
            with { CertificateValidation = dovecot.CertificateValidation };
        using var log = new MemoryStream();
        PollResult result;
        using (var logger = new ProtocolLogger(log, leaveOpen: true))
        {
            result = await harness.Poller.PollAsync(endpoint, CancellationToken.None, logger);
        }

        Assert.Equal(1, result.HandedOff);
        Assert.Contains(" STARTTLS", Encoding.UTF8.GetString(log.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_connection_sends_the_imap_id_command_before_login()
    {
        await using var harness = new MailHarness(azurite, dovecot);
        using var log = new MemoryStream();
        using (var logger = new ProtocolLogger(log, leaveOpen: true))
        {
            await harness.Poller.PollAsync(harness.Endpoint(), CancellationToken.None, logger);
        }

        var protocol = Encoding.UTF8.GetString(log.ToArray());
        var id = protocol.IndexOf(" ID (\"name\" \"Pilot1X\"", StringComparison.Ordinal);
        Assert.True(id > 0, protocol);
        var login = LoginCommands.Select(c => protocol.IndexOf(c, StringComparison.Ordinal)).Where(i => i >= 0).Min();
        Assert.True(id < login, protocol);
        Assert.Contains("ID sent: name=Pilot1X", await ReadSharedAsync(dovecot.LogPath), StringComparison.Ordinal);
    }

    private static async Task<int> BlobCountAsync(MailHarness harness)
    {
        var count = 0;
        await foreach (var _ in harness.Mail.Inbox.GetBlobsAsync())
        {
            count++;
        }

        return count;
    }

    private static async Task<string> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
