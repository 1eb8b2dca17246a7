using Pilot1X.Core.Email;
using Pilot1X.Core.Intake;
using Pilot1X.Mail.Inbox;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Receipts;
using Pilot1X.Mail.Tests.Local;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Mail.Tests.Inbox;

/// <summary>Hostile and broken mail on a real mailbox: each is kept and accounted for, and the mail after it is still answered.</summary>
[Collection(MailServers.Name)]
public sealed class PoisonMailTests(AzuriteFixture azurite, DovecotFixture dovecot)
{
    private const string Normal = "normal@hbjt.edu.cn";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Pilot1X:Deadline"] = "2099-12-28T23:59:59+08:00",
        ["Pilot1X:OfficeAddress"] = MailSampleBuilder.OfficeAddress,
        ["Pilot1X:Mail:OutboxRetryBaseSeconds"] = "0",
    };

    [Fact]
    public async Task A_mail_with_a_40000_character_subject_first_is_kept_shortened_and_the_normal_mail_after_it_is_analysed_and_answered()
    {
        var subject = LongSubject(40_000);
        var (harness, smtp, result) = await RunAsync(Submissions.Word("poison@hbjt.edu.cn", subject: subject), Submissions.Word(Normal));
        await using var _ = harness;
        await using var __ = smtp;

        Assert.Equal(new PollResult(2, 2, 0, Resynced: true), result.Poll);
        Assert.Equal(2, result.Analysed);
        Assert.Contains(smtp.Received, m => m.InReplyTo == Normal && m.To.Mailboxes.Single().Address == "jwc@hbjt.edu.cn");
        var poison = (await RowsAsync(harness)).Single(r => r.MessageId == "poison@hbjt.edu.cn");
        Assert.Equal(TableLimits.MaxCopiedTextChars, poison.Subject.Length);
        Assert.StartsWith(subject[..(TableLimits.MaxCopiedTextChars - 1)], poison.Subject, StringComparison.Ordinal);
        Assert.Equal(MailOutcome.Receipt, poison.Outcome);
        var kept = await harness.Mail.Inbox.GetBlobClient(poison.InboxBlob).DownloadContentAsync();
        using (var whole = new EmailReader(IntakeLimits.Default).Open(kept.Value.Content.ToStream(), poison.InboxBlob))
        {
            Assert.Equal(subject, whole.Envelope.Subject);
        }

        var checkpoint = await harness.Get<CheckpointStore>().ReadAsync(harness.Endpoint().CheckpointKey, CancellationToken.None);
        Assert.Equal(2u, checkpoint.LastUid);
    }

    [Fact]
    public async Task A_receipt_to_a_32766_character_subject_does_not_stop_the_receipts_after_it()
    {
        var (harness, smtp, result) = await RunAsync(Submissions.Word("long@hbjt.edu.cn", subject: LongSubject(32_766)), Submissions.Word(Normal));
        await using var _ = harness;
        await using var __ = smtp;

        Assert.Equal(2, result.ReceiptsQueued);
        Assert.Equal(2, result.Sent);
        Assert.Contains(smtp.Received, m => m.InReplyTo == Normal);
        var longReceipt = Assert.Single(smtp.Received, m => m.InReplyTo == "long@hbjt.edu.cn");
        Assert.StartsWith("Re: " + Submissions.School, longReceipt.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sender_written_a_dot_dot_b_gets_no_receipt_its_reason_is_recorded_and_the_next_mail_is_answered()
    {
        var (harness, smtp, result) = await RunAsync(
            HostileMail.WithHeaders(Submissions.Word("dots@hbjt.edu.cn"), ("From", "a..b@c.cn")), Submissions.Word(Normal));
        await using var _ = harness;
        await using var __ = smtp;

        var receipt = Assert.Single(smtp.Received);
        Assert.Equal(Normal, receipt.InReplyTo);
        var dots = (await RowsAsync(harness)).Single(r => r.MessageId == "dots@hbjt.edu.cn");
        Assert.Equal(MailOutcome.NoSender, dots.Outcome);
        Assert.Equal("none:NO_SENDER", dots.Receipt);
        Assert.Contains("a..b@c.cn", dots.Reason, StringComparison.Ordinal);
        Assert.Contains("未发回执", dots.Reason, StringComparison.Ordinal);
        Assert.Equal(2, result.Analysed);
    }

    [Fact]
    public async Task A_from_written_as_one_encoded_word_holding_name_and_address_gets_its_receipt_at_the_decoded_address()
    {
        var (harness, smtp, _) = await RunAsync(
            HostileMail.WithHeaders(Submissions.Word("python@hbjt.edu.cn"), ("From", HostileMail.FullyEncoded("教务处 王老师 <wang@hbjt.edu.cn>"))));
        await using var __ = harness;
        await using var ___ = smtp;

        var receipt = Assert.Single(smtp.Received);
        Assert.Equal("wang@hbjt.edu.cn", receipt.To.Mailboxes.Single().Address);
        Assert.Equal("python@hbjt.edu.cn", receipt.InReplyTo);
        Assert.Equal(MailOutcome.Receipt, Assert.Single(await RowsAsync(harness)).Outcome);
    }

    [Fact]
    public async Task Without_a_deliverable_from_the_receipt_goes_to_the_reply_to_address()
    {
        var (harness, smtp, _) = await RunAsync(
            HostileMail.WithHeaders(Submissions.Word("replyto@hbjt.edu.cn"), ("From", "a..b@c.cn"), ("Reply-To", "教务处 <office@hbjt.edu.cn>")));
        await using var __ = harness;
        await using var ___ = smtp;

        Assert.Equal("office@hbjt.edu.cn", Assert.Single(smtp.Received).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task A_mail_whose_analysis_was_poisoned_gets_no_receipt_and_its_row_says_why()
    {
        await using var harness = new MailHarness(azurite, dovecot, Settings);
        await harness.AppendAsync("INBOX", Submissions.Word("poisoned@hbjt.edu.cn"));
        await harness.Poller.PollAsync(harness.Endpoint(), CancellationToken.None);
        // What the host does after the last failed attempt: the analysis message goes to the poison function.
        var analysis = (await harness.Store.AnalysisQueue.ReceiveMessageAsync()).Value;
        await harness.Get<PoisonRecorder>().RecordAsync(analysis.MessageId, analysis.Body.ToString(), 5, CancellationToken.None);

        var issued = await harness.Get<ReceiptIssuer>().IssuePendingAsync(CancellationToken.None);

        Assert.Equal(0, issued);
        var row = Assert.Single(await RowsAsync(harness));
        Assert.Equal(MailOutcome.Failed, row.Outcome);
        Assert.Equal("none:ANALYSIS_FAILED", row.Receipt);
        Assert.Contains("分析多次失败", row.Reason, StringComparison.Ordinal);
    }

    private async Task<(MailHarness Harness, SmtpTestServer Smtp, MailCycleResult Result)> RunAsync(params byte[][] mails)
    {
        var harness = new MailHarness(azurite, dovecot, Settings);
        var smtp = new SmtpTestServer();
        smtp.Start();
        await harness.AppendAsync("INBOX", mails);
        var delivery = new SmtpDelivery(SmtpEndpoint.Parse($"smtp://127.0.0.1:{smtp.Port}"));
        var result = await harness.Get<MailCycle>().RunOnceAsync(harness.Endpoint(), delivery, CancellationToken.None);
        return (harness, smtp, result);
    }

    private static async Task<List<MailMessageRow>> RowsAsync(MailHarness harness) =>
        [.. (await TableRows.AllAsync(harness.Mail.Messages)).Select(MailMessageRow.FromEntity)];

    private static string LongSubject(int length)
    {
        var head = Submissions.School + "1+X证书制度试点工作材料";
        return head + string.Concat(Enumerable.Repeat("（补交）", ((length - head.Length) / 4) + 1))[..(length - head.Length)];
    }
}
