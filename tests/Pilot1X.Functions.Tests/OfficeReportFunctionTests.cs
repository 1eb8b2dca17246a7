using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Azure.Functions.Worker;
using Pilot1X.Core.Roster;
using Pilot1X.Functions.Tests.Local;
using Pilot1X.Mail;
using Pilot1X.Mail.Reports;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Functions.Tests;

/// <summary>The report functions' endpoint with the app's own services against Azurite: the workbook download, on-demand and daily mails.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class OfficeReportFunctionTests(AzuriteFixture azurite)
{
    private const string Complete = "武汉船舶职业技术学院";

    private static async Task<FunctionsApp> SeededAsync(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = await FunctionsApp.StartAsync(connectionString, settings);
        var institution = app.Get<InstitutionRoster>().Find(Complete)!;
        await StatusSeed.SeedAsync(app.Store, app.Get<InstitutionStatusStore>(), institution, StatusSeed.Complete, DateTimeOffset.UtcNow.AddDays(-1));
        return app;
    }

    private static async Task<List<TableEntity>> OutboxRowsAsync(FunctionsApp app)
    {
        var mail = app.Get<MailStore>();
        await mail.EnsureCreatedAsync(CancellationToken.None);
        return await TableRows.AllAsync(mail.Outbox);
    }

    [Fact]
    public async Task The_workbook_download_is_an_xlsx_of_the_stored_status_named_in_utf8()
    {
        await using var app = await SeededAsync(azurite.ConnectionString);

        var file = await app.Get<OfficeReportEndpoint>().WorkbookAsync(CancellationToken.None);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.ContentType);
        Assert.Matches("^汇总表-\\d{8}\\.xlsx$", file.FileName);
        Assert.StartsWith("attachment; filename=\"summary-", file.ContentDisposition, StringComparison.Ordinal);
        Assert.Contains("filename*=UTF-8''%E6%B1%87%E6%80%BB%E8%A1%A8-", file.ContentDisposition, StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content), false);
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().First();
        var rows = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Skip(1)
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(25, rows.Count);
        Assert.Equal("齐全", rows.Single(r => r[0] == Complete)[3]);
        Assert.Equal(24, rows.Count(r => r[3] == "未交"));
    }

    [Fact]
    public async Task An_on_demand_send_queues_a_fresh_mail_each_time_and_a_bad_address_is_refused_in_chinese()
    {
        await using var app = await SeededAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Pilot1X:ReportAllowedDomains"] = "hbe.example.cn" });
        var endpoint = app.Get<OfficeReportEndpoint>();

        var (first, body) = await endpoint.SendAsync(null, CancellationToken.None);
        var (second, _) = await endpoint.SendAsync("chu@hbe.example.cn;kezhang@hbe.example.cn", CancellationToken.None);
        var (bad, error) = await endpoint.SendAsync("不是地址", CancellationToken.None);

        Assert.Equal(HttpStatusCode.Accepted, first);
        Assert.Equal(HttpStatusCode.Accepted, second);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("不是有效的邮箱地址", JsonSerializer.SerializeToElement(error).GetProperty("error").GetString(), StringComparison.Ordinal);
        var json = JsonSerializer.SerializeToElement(body);
        Assert.Equal(["hbzcjc@126.com"], json.GetProperty("to").EnumerateArray().Select(a => a.GetString()));
        var rows = await OutboxRowsAsync(app);
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.GetString("To") == "chu@hbe.example.cn, kezhang@hbe.example.cn");
        Assert.All(rows, r => Assert.StartsWith("1+X证书制度试点材料汇总", r.GetString("Subject"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_on_demand_send_outside_the_configured_domains_is_refused_in_chinese_and_queues_nothing()
    {
        await using var app = await SeededAsync(azurite.ConnectionString);
        var endpoint = app.Get<OfficeReportEndpoint>();

        var (refused, error) = await endpoint.SendAsync("chuzhang@126.com;attacker@evil.example", CancellationToken.None);
        var (sameDomain, _) = await endpoint.SendAsync("CHUZHANG@126.COM", CancellationToken.None);

        Assert.Equal(HttpStatusCode.BadRequest, refused);
        var message = JsonSerializer.SerializeToElement(error).GetProperty("error").GetString();
        Assert.Contains("汇总表只能发往已配置的邮箱域名（126.com）", message, StringComparison.Ordinal);
        Assert.Contains("attacker@evil.example 不在其中", message, StringComparison.Ordinal);
        Assert.DoesNotContain("chuzhang@126.com 不在", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, sameDomain);
        Assert.Equal("CHUZHANG@126.COM", Assert.Single(await OutboxRowsAsync(app)).GetString("To"));
    }

    [Fact]
    public async Task The_daily_timer_firing_twice_puts_one_report_in_the_outbox()
    {
        await using var app = await SeededAsync(azurite.ConnectionString);
        var function = app.Create<OfficeReportFunction>();

        await function.SendDailyAsync(new TimerInfo(), CancellationToken.None);
        await function.SendDailyAsync(new TimerInfo(), CancellationToken.None);

        var row = Assert.Single(await OutboxRowsAsync(app));
        Assert.StartsWith("report.daily.", row.GetString("MessageId"), StringComparison.Ordinal);
        Assert.Equal(app.Get<OfficeReportMail>().DailyMessageId(DateTimeOffset.UtcNow), row.GetString("MessageId"));
    }
}
