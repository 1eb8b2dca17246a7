using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Cli.Commands;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.LocalStorage;
using Pilot1X.Pipeline.Reporting;
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
    private readonly string _work = Path.Combine(Path.GetTempPath(), "pilot1x-follow-up-receipt-" + Guid.NewGuid().ToString("N"));
    private AzuriteProcess? _azurite;

    public async Task InitializeAsync()
    {
        var root = AzuriteProcess.FindRepositoryRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("repository root not found");
        _azurite = await AzuriteProcess.StartOnFreePortsAsync(root, Path.Combine(_work, "azurite"), CancellationToken.None);
        var samples = Path.Combine(_work, "samples");
        BundledSamples.Write(samples);
        var mailbox = Directory.CreateDirectory(Path.Combine(_work, "mailbox")).FullName;
        var mail = Assert.Single(Directory.GetFiles(Path.Combine(samples, "inbox"), "*.eml"), f => Path.GetFileName(f).Contains(Institution, StringComparison.Ordinal));
        File.Copy(mail, Path.Combine(mailbox, Path.GetFileName(mail)));
        await File.WriteAllBytesAsync(Path.Combine(_work, "名单.csv"), RosterFileBuilder.Csv(SampleRoster.Rows, RosterCsvEncoding.Utf8Bom));
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task A_mail_run_as_of_a_past_day_shows_its_receipt_on_that_day_in_the_workbook_and_on_the_dashboard()
    {
        string[] common = ["--storage", _azurite!.ConnectionString, "--roster", Path.Combine(_work, "名单.csv")];
        var xlsx = Path.Combine(_work, "report", "汇总表.xlsx");

        var run = await CliRunner.RunAsync(["run", "--mailbox", Path.Combine(_work, "mailbox"), "--smtp", Path.Combine(_work, "outbox"), "--as-of", AsOf, .. common]);
        var report = await CliRunner.RunAsync(["report", "--as-of", ReportAt, "--xlsx", xlsx, "--html", Path.Combine(_work, "report", "汇总.html"), .. common]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("生成回执 1 封", run.Stdout, StringComparison.Ordinal);
        Assert.True(report.ExitCode == 0, report.Stderr);
        Assert.NotEqual(new DateOnly(2020, 12, 20), DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime));
        var followUp = FollowUpSheet(xlsx);
        var row = Assert.Single(followUp, r => r[0] == Institution);
        Assert.Equal(["2020-12-20 09:00", "2020-12-20 09:00"], row[6..8]);

        var settings = CommandSettings.Read(CommandSettings.Environment(), ParsedArguments.Parse(common, new HashSet<string> { "--storage", "--roster" }, new HashSet<string>()));
        await using var pipeline = await LocalPipeline.OpenAsync(_azurite.ConnectionString, settings, TextWriter.Null, TimeProvider.System, CancellationToken.None);
        var data = await pipeline.Get<OfficeSnapshotReader>().ReadAsync(DateTimeOffset.Parse(ReportAt, CultureInfo.InvariantCulture), pipeline.Deadline.Deadline, CancellationToken.None);
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
