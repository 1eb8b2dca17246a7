using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Samples;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary>
/// One realistic day on a real Azurite, shared by the office-view tests: the bundled samples uploaded and their mails taken
/// in (receipts written), a reminder round, the report sent, <c>status</c> and <c>check</c> run, the dashboard rendered —
/// with a roster that gives 联系人 and 电话 for some institutions and no 联系邮箱 for one.
/// </summary>
public sealed class OfficeViewsRun : IAsyncLifetime
{
    public const string AsOf = "2020-12-26T09:05:00+08:00";
    public const string ReportAt = "2020-12-26T18:00:00+08:00";
    public const string HtmlMark = OutboxMailTexts.HtmlMark;

    private readonly AzuriteWorkspace _work = new("office-views");

    /// <summary>Every text a person reads, with where it came from: check, status, remind, receipt, reminder, report mail, workbook, dashboard.</summary>
    public List<(string Where, string Text)> Texts { get; } = [];

    /// <summary>The workbook's sheets by name: rows of cell texts.</summary>
    public Dictionary<string, List<List<string>>> Sheets { get; } = [];

    public string RemindOutput { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        await _work.InitializeAsync();
        var samples = _work.Path("samples");
        BundledSamples.Write(samples);
        var mailbox = Directory.CreateDirectory(_work.Path("mailbox")).FullName;
        foreach (var mail in Directory.GetFiles(Path.Combine(samples, "inbox"), "*.eml"))
        {
            File.Move(mail, Path.Combine(mailbox, Path.GetFileName(mail)));
        }

        var roster = await _work.WriteRosterAsync(RosterRows());
        var storage = _work.ConnectionString;
        var outbox = _work.Path("outbox");
        var xlsx = _work.Path("report", "汇总表.xlsx");
        string[] common = ["--storage", storage, "--roster", roster];

        await Run("check", ["check", samples, mailbox, "--roster", roster, "--as-of", AsOf]);
        await Run(null, ["run", samples, "--mailbox", mailbox, "--smtp", Path.Combine(outbox, "receipts"), "--as-of", AsOf, .. common]);
        RemindOutput = await Run("remind", ["remind", "--as-of", "2020-12-26T09:30", "--smtp", Path.Combine(outbox, "reminders"), "--from", "office@example.cn", .. common]);
        await Run(null, ["report", "--send", "--to", "hbzcjc@126.com", "--smtp", Path.Combine(outbox, "report"), "--as-of", ReportAt,
            "--xlsx", xlsx, "--html", _work.Path("report", "汇总.html"), .. common]);
        await Run("status", ["status", .. common]);
        foreach (var (where, folder) in new[] { ("receipt", "receipts"), ("reminder", "reminders"), ("report mail", "report") })
        {
            Texts.AddRange((await OutboxMailTexts.ReadAsync(Path.Combine(outbox, folder))).Select(t => (where, t)));
        }

        ReadWorkbook(xlsx);
        Texts.AddRange(Sheets.Values.SelectMany(rows => rows).SelectMany(r => r).Select(t => ("workbook", t)));
        var data = await _work.ReadOfficeAsync(roster, DateTimeOffset.Parse(ReportAt, System.Globalization.CultureInfo.InvariantCulture));
        Texts.Add(("dashboard", DashboardPage.Render(data, DashboardPage.NewNonce())));
    }

    public Task DisposeAsync() => _work.DisposeAsync();

    /// <summary>The sample roster with 联系人 and 电话 for 武汉铁路职业技术学院 and no 联系邮箱 for 湖北工程学院 (as before).</summary>
    private static List<string[]> RosterRows()
    {
        var rows = SampleRoster.Rows.Select(r => r.Concat(new[] { string.Empty, string.Empty }).ToArray()).ToList();
        rows[0][^2] = "联系人";
        rows[0][^1] = "电话";
        var wru = rows.Single(r => r[1] == "武汉铁路职业技术学院");
        wru[^2] = "周老师";
        wru[^1] = "027-5156 0000";
        return rows;
    }

    private async Task<string> Run(string? where, string[] args)
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync(args);
        if (exit != 0)
        {
            throw new InvalidOperationException($"pilot1x {args[0]} exited {exit}: {stderr}");
        }

        if (where is not null)
        {
            Texts.Add((where, stdout));
        }

        return stdout;
    }

    private void ReadWorkbook(string xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        foreach (var sheet in document.WorkbookPart!.Workbook.Descendants<Sheet>())
        {
            var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
            Sheets[sheet.Name!.Value!] = [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())];
        }
    }
}
