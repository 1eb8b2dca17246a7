using MimeKit;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Reports;
using Pilot1X.Mail.Tests.Local;
using Pilot1X.Pipeline.Reporting;

namespace Pilot1X.Mail.Tests.Reports;

/// <summary>The office's report mail: its parts, its recipients, and delivery through the outbox to a real SMTP server.</summary>
[Collection(StorageOnly.Name)]
public sealed class OfficeReportMailTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset AsOf = new(2020, 12, 26, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Deadline = new(2020, 12, 28, 23, 59, 59, TimeSpan.FromHours(8));

    private static async Task<MimeMessage> ComposeAsync(SeededOffice office)
    {
        var summary = await office.Harness.Get<OfficeSnapshotReader>().ReadSummaryAsync(AsOf, Deadline, CancellationToken.None);
        var mail = office.Harness.Get<OfficeReportMail>();
        return mail.Compose(summary, mail.DailyMessageId(AsOf), mail.Recipients);
    }

    [Fact]
    public async Task The_report_mail_is_html_with_a_plain_alternative_and_the_workbook_attached_under_an_rfc2231_name()
    {
        await using var office = await SeededOffice.CreateAsync(azurite);
        var summary = await office.Harness.Get<OfficeSnapshotReader>().ReadSummaryAsync(AsOf, Deadline, CancellationToken.None);

        using var message = await ComposeAsync(office);
        using var raw = new MemoryStream();
        await message.WriteToAsync(raw);
        var headers = System.Text.Encoding.ASCII.GetString(raw.ToArray());

        Assert.Equal(OfficeMailHtml.Subject(summary), message.Subject);
        Assert.Equal(OfficeMailHtml.Render(summary), message.HtmlBody);
        Assert.Contains("未交名单（1 个）：", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"1. {SeededOffice.Silent}（高职，抽查单位）", message.TextBody, StringComparison.Ordinal);
        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal(OfficeReportMail.WorkbookMediaType, attachment.ContentType.MimeType);
        Assert.Equal("汇总表-20201226.xlsx", attachment.FileName);
        Assert.Contains("filename*=utf-8''%E6%B1%87%E6%80%BB%E8%A1%A8-20201226.xlsx", headers, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("report.daily.20201226@126.com", message.MessageId);
        Assert.Equal(["hbzcjc@126.com"], message.To.Mailboxes.Select(m => m.Address));
    }

    [Fact]
    public async Task The_plain_and_html_parts_say_the_days_left_todays_arrivals_each_incomplete_gap_and_who_cannot_be_reminded()
    {
        await using var office = await SeededOffice.CreateAsync(azurite);

        using var message = await ComposeAsync(office);

        foreach (var part in new[] { message.TextBody, message.HtmlBody })
        {
            Assert.Contains("距截止还有 2 天", part, StringComparison.Ordinal);
            Assert.Contains("今日来件（2020-12-26）", part, StringComparison.Ordinal);
            Assert.Contains("工作总结报告缺盖章扫描件；评价报告缺Word版和盖章扫描件", part, StringComparison.Ordinal);
            Assert.Contains($"{SeededOffice.NoContact}：名单中没有联系邮箱", part, StringComparison.Ordinal);
            Assert.DoesNotContain("未收到", part, StringComparison.Ordinal);
        }

        Assert.Contains($"未齐全名单（2 个）：\n  1. {SeededOffice.NoContact}：工作总结报告缺盖章扫描件\n  2. {SeededOffice.Partial}：工作总结报告缺盖章扫描件；评价报告缺Word版和盖章扫描件\n", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<li><b>{SeededOffice.Partial}</b>：工作总结报告缺盖章扫描件；评价报告缺Word版和盖章扫描件</li>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("今日来件（2020-12-26）：无。", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("无法自动提醒的单位（1 个，请电话联系）：\n  · 湖北工程学院：名单中没有联系邮箱\n", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_goes_to_the_configured_recipients_from_the_smtp_sender()
    {
        await using var office = await SeededOffice.CreateAsync(azurite, new()
        {
            [ReportOptions.RecipientsSetting] = "chu@hbe.example.cn; kezhang@hbe.example.cn",
            ["Smtp:From"] = "noreply@hbe.example.cn",
        });

        using var message = await ComposeAsync(office);

        Assert.Equal(["chu@hbe.example.cn", "kezhang@hbe.example.cn"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("noreply@hbe.example.cn", Assert.Single(message.From.Mailboxes).Address);
        Assert.EndsWith("@hbe.example.cn", message.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_daily_report_is_delivered_once_a_day_and_every_on_demand_report_is_delivered_with_a_workbook_of_the_stored_status()
    {
        await using var office = await SeededOffice.CreateAsync(azurite);
        await using var smtp = new SmtpTestServer();
        smtp.Start();
        var sender = office.Harness.Get<OfficeReportSender>();
        var drainer = office.Harness.Get<OutboxDrainer>();
        var delivery = new SmtpDelivery(SmtpEndpoint.Parse($"smtp://127.0.0.1:{smtp.Port}"));

        var first = await sender.SendDailyAsync(CancellationToken.None);
        await drainer.DrainAsync(delivery, CancellationToken.None);
        var again = await sender.SendDailyAsync(CancellationToken.None);
        await drainer.DrainAsync(delivery, CancellationToken.None);
        var daily = Assert.Single(smtp.Received);
        var summary = await sender.CurrentAsync(CancellationToken.None);
        var onDemand = new[] { await sender.SendOnDemandAsync(summary, null, CancellationToken.None), await sender.SendOnDemandAsync(summary, ["chu@hbe.example.cn"], CancellationToken.None) };
        await drainer.DrainAsync(delivery, CancellationToken.None);

        Assert.True(first.Queued);
        Assert.False(again.Queued);
        Assert.Equal(first.MessageId, daily.MessageId);
        Assert.Equal(3, smtp.Received.Count);
        Assert.Equal(3, smtp.Received.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["chu@hbe.example.cn"], smtp.Received.Single(m => m.MessageId == onDemand[1].MessageId).To.Mailboxes.Select(m => m.Address));
        var attachment = Assert.IsType<MimePart>(Assert.Single(daily.Attachments));
        using var xlsx = new MemoryStream();
        await attachment.Content!.DecodeToAsync(xlsx);
        xlsx.Position = 0;
        var rows = WorkbookRows.FirstSheet(xlsx);
        Assert.Equal(OfficeWorkbook.SummaryHeaders, rows[0]);
        var statusByName = rows.Skip(1).ToDictionary(r => r[0], r => r[3], StringComparer.Ordinal);
        Assert.Equal("齐全", statusByName[SeededOffice.Complete]);
        Assert.Equal("未齐全", statusByName[SeededOffice.Partial]);
        Assert.Equal("未齐全", statusByName[SeededOffice.NoContact]);
        Assert.Equal("未交", statusByName[SeededOffice.Silent]);
    }
}
