using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Samples;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary>
/// 今日需跟进's 最近回执 is the time the pipeline recorded the receipt: a run <c>--as-of</c> a past day shows that day in the
/// workbook and on the dashboard, not the day the run really happened (a table row's Timestamp) — for a mail's receipt and
/// for the upload receipt that alone answers a school that only uploads through its link.
/// </summary>
public sealed class FollowUpReceiptTimeTests : IAsyncLifetime
{
    private readonly AzuriteWorkspace _work = new("follow-up-receipt");

    public async Task InitializeAsync()
    {
        await _work.InitializeAsync();
        await _work.WriteRosterAsync();
    }

    public Task DisposeAsync() => _work.DisposeAsync();

    [Fact]
    public async Task A_mail_run_as_of_a_past_day_shows_its_receipt_on_that_day_in_the_workbook_and_on_the_dashboard()
    {
        const string Institution = "武汉铁路职业技术学院";
        const string AsOf = "2020-12-20T09:00:00+08:00";
        var samples = _work.Path("samples");
        BundledSamples.Write(samples);
        var mailbox = Directory.CreateDirectory(_work.Path("mailbox")).FullName;
        var mail = Assert.Single(Directory.GetFiles(Path.Combine(samples, "inbox"), "*.eml"), f => Path.GetFileName(f).Contains(Institution, StringComparison.Ordinal));
        File.Copy(mail, Path.Combine(mailbox, Path.GetFileName(mail)));

        var run = await RunAsync(["--mailbox", mailbox], AsOf);
        var (row, receipt, html) = await FollowUpAsync(Institution, "2020-12-20T18:00:00+08:00");

        Assert.Contains("生成回执 1 封", run, StringComparison.Ordinal);
        Assert.Equal(["2020-12-20 09:00", "2020-12-20 09:00"], row[6..8]);
        Assert.Equal(DateTimeOffset.Parse(AsOf, CultureInfo.InvariantCulture), receipt);
        Assert.Contains($"<th scope=\"row\">{Institution}</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2020-12-20 09:00</td><td>2020-12-20 09:00</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_run_as_of_a_past_day_shows_its_upload_receipt_at_the_end_of_the_quiet_period_in_the_workbook_and_on_the_dashboard()
    {
        const string Institution = "武汉职业技术学院";
        const string AsOf = "2020-12-21T10:00:00+08:00";
        var folder = Directory.CreateDirectory(_work.Path("uploads", Institution)).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, Institution + "1+X证书制度试点工作总结报告.docx"), WordSamples.SummaryReport(Institution));
        await File.WriteAllBytesAsync(Path.Combine(folder, Institution + "1+X证书制度试点工作总结报告（盖章扫描版）.jpg"), ScanSampleBuilder.PageJpeg(new ScanPageOptions { Seal = true }));

        var run = await RunAsync(["--uploads", _work.Path("uploads")], AsOf);
        var (row, receipt, html) = await FollowUpAsync(Institution, "2020-12-21T18:00:00+08:00");

        Assert.Contains("上传回执：生成 1 封，已发出 1 封", run, StringComparison.Ordinal);
        // Received at the run's as-of; answered once the 10-minute quiet period after it had passed.
        Assert.Equal(["2020-12-21 10:00", "2020-12-21 10:10"], row[6..8]);
        Assert.Equal(DateTimeOffset.Parse(AsOf, CultureInfo.InvariantCulture).AddMinutes(10), receipt);
        Assert.Contains("<td>2020-12-21 10:00</td><td>2020-12-21 10:10</td>", html, StringComparison.Ordinal);
    }

    /// <summary><c>pilot1x run … --as-of</c> on the workspace's storage and roster; its stdout.</summary>
    private async Task<string> RunAsync(string[] input, string asOf)
    {
        Assert.NotEqual(DateOnly.FromDateTime(DateTimeOffset.Parse(asOf, CultureInfo.InvariantCulture).DateTime),
            DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime));
        var run = await CliRunner.RunAsync(["run", .. input, "--smtp", _work.Path("outbox"), "--as-of", asOf,
            "--storage", _work.ConnectionString, "--roster", _work.Roster]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }

    /// <summary>
    /// The institution's row of the 今日需跟进 sheet written by <c>pilot1x report</c>, its 最近回执 in the office's data, and
    /// the dashboard page.
    /// </summary>
    private async Task<(List<string> Row, DateTimeOffset? Receipt, string Html)> FollowUpAsync(string institution, string reportAt)
    {
        var xlsx = _work.Path("report", "汇总表.xlsx");
        var report = await CliRunner.RunAsync(["report", "--as-of", reportAt, "--xlsx", xlsx, "--html", _work.Path("report", "汇总.html"),
            "--storage", _work.ConnectionString, "--roster", _work.Roster]);
        Assert.True(report.ExitCode == 0, report.Stderr);

        var data = await _work.ReadOfficeAsync(_work.Roster, DateTimeOffset.Parse(reportAt, CultureInfo.InvariantCulture));
        var receipt = Assert.Single(data.Summary.Rows, r => r.Institution.Name == institution).LastReceipt;
        return (Assert.Single(FollowUpSheet(xlsx), r => r[0] == institution), receipt, DashboardPage.Render(data, DashboardPage.NewNonce()));
    }

    private static List<List<string>> FollowUpSheet(string xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == OfficeWorkbook.FollowUpSheet);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())];
    }
}
