using Pilot1X.Core.Reporting.Anomalies;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Reports;
using Pilot1X.Mail.Tests.Ledger;
using Pilot1X.Mail.Tests.Local;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Reporting;
using SmtpServer.Protocol;

namespace Pilot1X.Mail.Tests.Reports;

/// <summary>The report mail's 异常 section: what went wrong on a real mailbox, named as a person knows it, each with what to do.</summary>
[Collection(MailServers.Name)]
public sealed class OfficeAnomaliesReportTests(AzuriteFixture azurite, DovecotFixture dovecot)
{
    private const string PoisonedSubject = "湖北交通职业技术学院材料（分析失败）";
    private const string RefusedSubject = "湖北交通职业技术学院材料（回执被拒收）";
    private const string HostileSubject = "湖北交通职业技术学院材料（收件人极多）";

    [Fact]
    public async Task The_report_mail_lists_the_unanswered_mail_the_poisoned_analysis_and_the_refused_receipt_with_what_to_do_and_no_internal_names()
    {
        await using var harness = new MailHarness(azurite, dovecot, MailLedgerTests.Settings);
        await harness.AppendAsync("INBOX", Submissions.Word("poisoned@hbjt.edu.cn", subject: PoisonedSubject));
        await harness.Poller.PollAsync(harness.Endpoint(), CancellationToken.None);
        // What the host does after the last failed attempt: the analysis message goes to the poison function.
        var analysis = (await harness.Store.AnalysisQueue.ReceiveMessageAsync()).Value;
        await harness.Get<PoisonRecorder>().RecordAsync(analysis.MessageId, analysis.Body.ToString(), 5, CancellationToken.None);
        await harness.Store.AnalysisQueue.DeleteMessageAsync(analysis.MessageId, analysis.PopReceipt);
        await harness.AppendAsync("INBOX",
            Submissions.Word("refused@hbjt.edu.cn", subject: RefusedSubject),
            HostileMail.OversizedHeader(HostileSubject, "hostile@hbjt.edu.cn", 400 << 10));
        await using var smtp = new SmtpTestServer { Refusal = new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "DT:SPM spam suspected") };
        smtp.Start();
        await harness.Get<MailCycle>().RunOnceAsync(harness.Endpoint(), new SmtpDelivery(SmtpEndpoint.Parse($"smtp://127.0.0.1:{smtp.Port}")), CancellationToken.None);

        var summary = await harness.Get<OfficeSnapshotReader>().ReadSummaryAsync(MailLedgerTests.AsOf, MailLedgerTests.Deadline, CancellationToken.None);
        var mail = harness.Get<OfficeReportMail>();
        using var message = mail.Compose(summary, mail.DailyMessageId(MailLedgerTests.AsOf), mail.Recipients);

        var text = message.TextBody ?? string.Empty;
        var section = text[text.IndexOf(OfficeAnomaliesSection.Title, StringComparison.Ordinal)..];
        Assert.Contains("未发回执的来件（3 封）", section, StringComparison.Ordinal);
        Assert.Contains($"《{HostileSubject}》：无法回复。邮件头过大", section, StringComparison.Ordinal);
        Assert.Contains($"《{RefusedSubject}》：处理失败。回执未能送达", section, StringComparison.Ordinal);
        Assert.Contains("spam suspected", section, StringComparison.Ordinal);
        Assert.Contains($"《{PoisonedSubject}》：处理失败。邮件的分析多次失败", section, StringComparison.Ordinal);
        Assert.Contains("分析失败的来件（1 项）", section, StringComparison.Ordinal);
        Assert.Contains($"邮件《{PoisonedSubject}》（", section, StringComparison.Ordinal);
        Assert.Contains("分析尝试 5 次均失败", section, StringComparison.Ordinal);
        Assert.DoesNotContain("未能送达的发出邮件", section, StringComparison.Ordinal);
        Assert.All(section.Split('\n').Where(l => l.StartsWith("    · ", StringComparison.Ordinal)), line => Assert.Contains("请", line, StringComparison.Ordinal));
        Assert.DoesNotContain(".eml", section, StringComparison.Ordinal);
        Assert.DoesNotContain("mailbox/", section, StringComparison.Ordinal);
        Assert.DoesNotContain("!/", section, StringComparison.Ordinal);
        Assert.Contains("<h2>异常（需要人工处理）</h2>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<h3>分析失败的来件（1 项）</h3>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_without_anomalies_says_so_in_both_parts()
    {
        var summary = new OfficeSummary(MailLedgerTests.AsOf, MailLedgerTests.Deadline, [], []);

        Assert.Contains("异常（需要人工处理）：\n  无：", OfficeReportText.Plain(summary, "汇总表-20201226.xlsx"), StringComparison.Ordinal);
        Assert.Contains("<h2>异常（需要人工处理）</h2>\n<p>无：", OfficeMailHtml.Render(summary), StringComparison.Ordinal);
    }
}
