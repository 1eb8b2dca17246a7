using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Core.Reporting.Ledger;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Tests.Local;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Reporting;

namespace Pilot1X.Mail.Tests.Ledger;

/// <summary>
/// Every mail accounted for (issue 12, item 5): one run over a real mailbox holding a fully encoded From, a duplicate, an
/// auto-reply, a bounce, a hostile mail and a normal one shows each with its outcome in <c>pilot1x.mail/1</c> and on the
/// dashboard's 来件 view.
/// </summary>
[Collection(MailServers.Name)]
public sealed partial class MailLedgerTests(AzuriteFixture azurite, DovecotFixture dovecot)
{
    internal static readonly DateTimeOffset AsOf = new(2020, 12, 26, 18, 0, 0, TimeSpan.FromHours(8));
    internal static readonly DateTimeOffset Deadline = new(2099, 12, 28, 23, 59, 59, TimeSpan.FromHours(8));
    private const string HostileSubject = "湖北交通职业技术学院材料（收件人极多）";

    internal static readonly Dictionary<string, string?> Settings = new()
    {
        ["Pilot1X:Deadline"] = "2099-12-28T23:59:59+08:00",
        ["Pilot1X:OfficeAddress"] = MailSampleBuilder.OfficeAddress,
        ["Pilot1X:Mail:OutboxRetryBaseSeconds"] = "0",
    };

    [Fact]
    public async Task One_run_over_a_realistic_mailbox_accounts_for_every_mail_in_the_json_ledger_and_on_the_dashboard()
    {
        var normal = Submissions.Word("normal@hbjt.edu.cn");
        var (harness, smtp) = await RunAsync(
            HostileMail.WithHeaders(Submissions.Word("encoded@hbjt.edu.cn"), ("From", HostileMail.FullyEncoded("教务处 王老师 <wang@hbjt.edu.cn>"))),
            normal,
            Submissions.AutoReply(),
            Submissions.Bounce(),
            HostileMail.OversizedHeader(HostileSubject, "hostile@hbjt.edu.cn", 400 << 10),
            normal);
        await using var _ = harness;
        await using var __ = smtp;

        var messages = await LedgerJsonAsync(harness);

        Assert.Equal(6, messages.Count);
        var encoded = Assert.Single(messages, m => m.MessageId == "encoded@hbjt.edu.cn");
        Assert.Equal(("receipt", "wang@hbjt.edu.cn"), (encoded.Outcome, encoded.From));
        Assert.Contains(smtp.Received, m => m.MessageId == encoded.Receipt && m.To.Mailboxes.Single().Address == "wang@hbjt.edu.cn");
        var copies = messages.Where(m => m.MessageId == "normal@hbjt.edu.cn").ToList();
        Assert.Equal(["duplicate", "receipt"], copies.Select(m => m.Outcome).Order(StringComparer.Ordinal));
        var first = copies.Single(m => m.Outcome == "receipt");
        var duplicate = copies.Single(m => m.Outcome == "duplicate");
        Assert.NotNull(first.Receipt);
        Assert.Null(duplicate.Receipt);
        Assert.Equal([Submissions.School], duplicate.Institutions);
        Assert.Contains($"《{Submissions.School}1+X证书制度试点工作材料》", duplicate.Reason, StringComparison.Ordinal);
        Assert.Contains(Core.Reporting.Office.OfficeLabels.Cst(first.ArrivedAt), duplicate.Reason, StringComparison.Ordinal);
        Assert.Equal([Submissions.School], first.Institutions);
        Assert.Equal("auto_reply", Assert.Single(messages, m => m.From == "leader@hbjt.edu.cn").Outcome);
        Assert.Equal("bounce", Assert.Single(messages, m => string.Equals(m.From, "MAILER-DAEMON@126.com", StringComparison.OrdinalIgnoreCase)).Outcome);
        var hostile = Assert.Single(messages, m => m.Subject == HostileSubject);
        Assert.Equal("no_sender", hostile.Outcome);
        Assert.Null(hostile.Receipt);
        Assert.Contains("邮件头过大", hostile.Reason, StringComparison.Ordinal);
        Assert.Equal(2, smtp.Received.Count);

        var page = DashboardPage.Render(await harness.Get<OfficeSnapshotReader>().ReadAsync(AsOf, Deadline, CancellationToken.None), DashboardPage.NewNonce());
        var rows = MailRows().Matches(page).Select(m => (Outcome: m.Groups["outcome"].Value, Subject: WebUtility.HtmlDecode(m.Groups["subject"].Value),
            From: WebUtility.HtmlDecode(m.Groups["from"].Value), Label: m.Groups["label"].Value)).ToList();
        Assert.Contains("来件（6 封，已发回执 2 封，需人工查看 2 封）", page, StringComparison.Ordinal);
        Assert.Equal(
            ["auto_reply:自动回复", "bounce:退信", "duplicate:重复来件", "no_sender:无法回复", "receipt:已发回执", "receipt:已发回执"],
            rows.Select(r => r.Outcome + ":" + r.Label).Order(StringComparer.Ordinal));
        Assert.Contains(rows, r => r.Outcome == "receipt" && r.From == "wang@hbjt.edu.cn");
        Assert.Contains(rows, r => r.Outcome == "no_sender" && r.Subject == HostileSubject);
    }

    [Fact]
    public async Task A_second_copy_gets_one_duplicate_row_naming_the_first_and_polling_the_folder_again_adds_no_other()
    {
        var normal = Submissions.Word("again@hbjt.edu.cn");
        var (harness, smtp) = await RunAsync(normal, normal);
        await using var _ = harness;
        await using var __ = smtp;
        await foreach (var checkpoint in harness.Mail.Checkpoints.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            await harness.Mail.Checkpoints.DeleteEntityAsync(checkpoint.PartitionKey, checkpoint.RowKey);
        }

        var again = await harness.Poller.PollAsync(harness.Endpoint(), CancellationToken.None);

        Assert.Equal(2, again.Fetched);
        var rows = (await TableRows.AllAsync(harness.Mail.Messages)).Select(MailMessageRow.FromEntity).ToList();
        Assert.Equal(2, rows.Count);
        var duplicate = Assert.Single(rows, r => r.Outcome == MailOutcome.Duplicate);
        var first = Assert.Single(rows, r => r.Outcome == MailOutcome.Receipt);
        Assert.Equal(first.Key, duplicate.DuplicateOf);
        Assert.Null(duplicate.SubmissionId);
        Assert.Single(smtp.Received);
    }

    [Fact]
    public async Task A_receipt_the_mail_server_refuses_for_good_is_failed_in_the_ledger_with_the_servers_reason()
    {
        var harness = new MailHarness(azurite, dovecot, Settings);
        await using var _ = harness;
        await using var smtp = new SmtpTestServer { Refusal = new SmtpServer.Protocol.SmtpResponse(SmtpServer.Protocol.SmtpReplyCode.MailboxUnavailable, "DT:SPM spam suspected") };
        smtp.Start();
        await harness.AppendAsync("INBOX", Submissions.Word("refused@hbjt.edu.cn"));

        await harness.Get<MailCycle>().RunOnceAsync(harness.Endpoint(), new SmtpDelivery(SmtpEndpoint.Parse($"smtp://127.0.0.1:{smtp.Port}")), CancellationToken.None);
        var entry = Assert.Single((await harness.Get<MailLedgerReader>().ReadAsync(AsOf, CancellationToken.None)).Messages);

        Assert.Equal(MailLedgerOutcomes.Failed, entry.Outcome);
        Assert.NotNull(entry.Receipt);
        Assert.Contains("回执未能送达", entry.Reason, StringComparison.Ordinal);
        Assert.Contains("spam suspected", entry.Reason, StringComparison.Ordinal);
        Assert.True(entry.NeedsAttention);
    }

    internal static async Task<List<LedgerMessage>> LedgerJsonAsync(MailHarness harness)
    {
        using var json = new MemoryStream();
        MailLedgerJson.Write(json, await harness.Get<MailLedgerReader>().ReadAsync(AsOf, CancellationToken.None));
        using var document = JsonDocument.Parse(json.ToArray());
        Assert.Equal("pilot1x.mail/1", document.RootElement.GetProperty("schema").GetString());
        return [.. document.RootElement.GetProperty("messages").EnumerateArray().Select(LedgerMessage.Read)];
    }

    private async Task<(MailHarness Harness, SmtpTestServer Smtp)> RunAsync(params byte[][] mails)
    {
        var harness = new MailHarness(azurite, dovecot, Settings);
        var smtp = new SmtpTestServer();
        smtp.Start();
        await harness.AppendAsync("INBOX", mails);
        await harness.Get<MailCycle>().RunOnceAsync(harness.Endpoint(), new SmtpDelivery(SmtpEndpoint.Parse($"smtp://127.0.0.1:{smtp.Port}")), CancellationToken.None);
        return (harness, smtp);
    }

    [GeneratedRegex("<tr data-testid=\"mail\" data-outcome=\"(?<outcome>[^\"]*)\"><td>[^<]*</td><td>(?<subject>[^<]*)</td><td>(?<from>[^<]*)</td><td>[^<]*</td><td>(?:<strong>)?(?<label>[^<]*)")]
    private static partial Regex MailRows();
}
