using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Samples;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary>
/// A school that only uploads through its link is answered by upload receipts alone: 今日需跟进's 最近回执 shows when its
/// batch's receipt was queued — for <c>pilot1x run --as-of</c>, the simulated time the quiet period after the uploads ended —
/// in the workbook and on the dashboard, not "—".
/// </summary>
public sealed class UploadReceiptFollowUpTests : IAsyncLifetime
{
    private const string Institution = "武汉职业技术学院";
    private const string AsOf = "2020-12-21T10:00:00+08:00";
    private const string ReportAt = "2020-12-21T18:00:00+08:00";
    private readonly AzuriteWorkspace _work = new("upload-receipt-follow-up");

    public async Task InitializeAsync()
    {
        await _work.InitializeAsync();
        var folder = Directory.CreateDirectory(_work.Path("uploads", Institution)).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, Institution + "1+X证书制度试点工作总结报告.docx"), WordSamples.SummaryReport(Institution));
        await File.WriteAllBytesAsync(Path.Combine(folder, Institution + "1+X证书制度试点工作总结报告（盖章扫描版）.jpg"), ScanSampleBuilder.PageJpeg(new ScanPageOptions { Seal = true }));
        await _work.WriteRosterAsync();
    }

    public Task DisposeAsync() => _work.DisposeAsync();

    [Fact]
    public async Task An_upload_run_as_of_a_past_day_shows_its_upload_receipt_at_the_end_of_the_quiet_period_in_the_workbook_and_on_the_dashboard()
    {
        string[] common = ["--storage", _work.ConnectionString, "--roster", _work.Roster];
        var xlsx = _work.Path("report", "汇总表.xlsx");

        var run = await CliRunner.RunAsync(["run", "--uploads", _work.Path("uploads"), "--smtp", _work.Path("outbox"), "--as-of", AsOf, .. common]);
        var report = await CliRunner.RunAsync(["report", "--as-of", ReportAt, "--xlsx", xlsx, "--html", _work.Path("report", "汇总.html"), .. common]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("上传回执：生成 1 封，已发出 1 封", run.Stdout, StringComparison.Ordinal);
        Assert.True(report.ExitCode == 0, report.Stderr);
        Assert.NotEqual(new DateOnly(2020, 12, 21), DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime));
        // Received at the run's as-of; answered once the 10-minute quiet period after it had passed.
        var row = Assert.Single(FollowUpSheet(xlsx), r => r[0] == Institution);
        Assert.Equal(["2020-12-21 10:00", "2020-12-21 10:10"], row[6..8]);

        var data = await _work.ReadOfficeAsync(_work.Roster, DateTimeOffset.Parse(ReportAt, CultureInfo.InvariantCulture));
        var receipt = Assert.Single(data.Summary.Rows, r => r.Institution.Name == Institution).LastReceipt;
        Assert.Equal(DateTimeOffset.Parse(AsOf, CultureInfo.InvariantCulture).AddMinutes(10), receipt);
        var html = DashboardPage.Render(data, DashboardPage.NewNonce());
        Assert.Contains("<td>2020-12-21 10:00</td><td>2020-12-21 10:10</td>", html, StringComparison.Ordinal);
    }

    private static List<List<string>> FollowUpSheet(string xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == "今日需跟进");
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())];
    }
}
