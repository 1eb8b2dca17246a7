using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Samples;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary>
/// 今日需跟进's 最近回执 is the time the pipeline recorded the receipt: a mail run <c>--as-of</c> a past day shows that day in
/// the workbook and on the dashboard, not the day the run really happened (the MailMessages row's Table timestamp).
/// </summary>
public sealed class FollowUpReceiptTimeTests : IAsyncLifetime
{
    private const string Institution = "武汉铁路职业技术学院";
    private const string AsOf = "2020-12-20T09:00:00+08:00";
    private const string ReportAt = "2020-12-20T18:00:00+08:00";
    private readonly AzuriteWorkspace _work = new("follow-up-receipt");

    public async Task InitializeAsync()
    {
        await _work.InitializeAsync();
        var samples = _work.Path("samples");
        BundledSamples.Write(samples);
        var mailbox = Directory.CreateDirectory(_work.Path("mailbox")).FullName;
        var mail = Assert.Single(Directory.GetFiles(Path.Combine(samples, "inbox"), "*.eml"), f => Path.GetFileName(f).Contains(Institution, StringComparison.Ordinal));
        File.Copy(mail, Path.Combine(mailbox, Path.GetFileName(mail)));
        await _work.WriteRosterAsync();
    }

    public Task DisposeAsync() => _work.DisposeAsync();

    [Fact]
    public async Task A_mail_run_as_of_a_past_day_shows_its_receipt_on_that_day_in_the_workbook_and_on_the_dashboard()
    {
        string[] common = ["--storage", _work.ConnectionString, "--roster", _work.Roster];
        var xlsx = _work.Path("report", "汇总表.xlsx");

        var run = await CliRunner.RunAsync(["run", "--mailbox", _work.Path("mailbox"), "--smtp", _work.Path("outbox"), "--as-of", AsOf, .. common]);
        var report = await CliRunner.RunAsync(["report", "--as-of", ReportAt, "--xlsx", xlsx, "--html", _work.Path("report", "汇总.html"), .. common]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("生成回执 1 封", run.Stdout, StringComparison.Ordinal);
        Assert.True(report.ExitCode == 0, report.Stderr);
        Assert.NotEqual(new DateOnly(2020, 12, 20), DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime));
        var followUp = FollowUpSheet(xlsx);
        var row = Assert.Single(followUp, r => r[0] == Institution);
        Assert.Equal(["2020-12-20 09:00", "2020-12-20 09:00"], row[6..8]);

        var data = await _work.ReadOfficeAsync(_work.Roster, DateTimeOffset.Parse(ReportAt, CultureInfo.InvariantCulture));
        var receipt = Assert.Single(data.Summary.Rows, r => r.Institution.Name == Institution).LastReceipt;
        Assert.Equal(DateTimeOffset.Parse(AsOf, CultureInfo.InvariantCulture), receipt);
        var html = DashboardPage.Render(data, DashboardPage.NewNonce());
        Assert.Contains($"<th scope=\"row\">{Institution}</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2020-12-20 09:00</td><td>2020-12-20 09:00</td>", html, StringComparison.Ordinal);
    }

    private static List<List<string>> FollowUpSheet(string xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == "今日需跟进");
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())];
    }
}
