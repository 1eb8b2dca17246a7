using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Core.Roster;
using Pilot1X.Samples;

namespace Pilot1X.Cli.Tests.Dashboard;

/// <summary>
/// The "done when": on the same seeded storage, the dashboard, the workbook and the reminders show the same truth
/// as <c>pilot1x status</c> — including an institution that sent only something unreadable (received, not complete).
/// </summary>
[Collection(DashboardGroup.Name)]
public sealed partial class OfficeViewsAgreementTests(DashboardSite site) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("pilot1x-views-").FullName;

    [Fact]
    public async Task Dashboard_workbook_and_reminders_agree_with_status_for_every_institution()
    {
        var truth = await StatusAsync();
        Assert.Equal("incomplete", truth[DashboardSite.BrokenOnly]);

        Assert.Equal(truth, await DashboardAsync());
        Assert.Equal(truth, Workbook(await ReportAsync()));
        Assert.Equal(truth.Where(t => t.Value != "complete").Select(t => t.Key).Order(StringComparer.Ordinal), await RemindedAsync());
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private async Task<Dictionary<string, string>> StatusAsync()
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync("status", "--json", "--storage", site.ConnectionString);
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement.GetProperty("institutions").EnumerateArray().ToDictionary(
            i => i.GetProperty("name").GetString()!,
            i => i.GetProperty("complete").GetBoolean() ? "complete" : i.GetProperty("version").GetInt64() > 0 ? "incomplete" : "none",
            StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, string>> DashboardAsync()
    {
        using var client = new HttpClient();
        var page = await client.GetStringAsync(site.Url);
        return Row().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => m.Groups["status"].Value, StringComparer.Ordinal);
    }

    private async Task<string> ReportAsync()
    {
        var xlsx = Path.Combine(_work, "汇总表.xlsx");
        var (exit, _, stderr) = await CliRunner.RunAsync("report", "--storage", site.ConnectionString, "--xlsx", xlsx, "--html", Path.Combine(_work, "汇总.html"));
        Assert.True(exit == 0, stderr);
        return xlsx;
    }

    private static Dictionary<string, string> Workbook(string xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Descendants<Sheet>().First();
        var rows = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Skip(1);
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        string Text(Cell cell) => cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.InnerText, System.Globalization.CultureInfo.InvariantCulture)] : cell.InnerText;
        return rows.Select(r => r.Elements<Cell>().Select(Text).ToList()).ToDictionary(
            c => c[0],
            c => c[3] switch { "齐全" => "complete", "未齐全" => "incomplete", "未交" => "none", var other => other },
            StringComparer.Ordinal);
    }

    private async Task<IEnumerable<string>> RemindedAsync()
    {
        // Every roster institution with a contact address, so whoever is not reminded is left out by the status alone.
        var roster = Path.Combine(_work, "名单.csv");
        var rows = DefaultRoster.Create().Institutions.Select((i, n) => new[] { i.Name, string.Empty, i.Sampled ? "是" : "否", $"school{n}@example.cn", string.Empty, Core.Reporting.ContractNames.Label(i.Level) });
        await File.WriteAllBytesAsync(roster, RosterFileBuilder.Csv([["单位名称", "别名", "是否抽查", "联系邮箱", "试点证书", "办学层次"], .. rows], RosterCsvEncoding.Utf8));
        var (exit, stdout, stderr) = await CliRunner.RunAsync("remind", "--dry-run", "--as-of", "2020-12-25T09:00", "--roster", roster, "--storage", site.ConnectionString);
        Assert.True(exit == 0, stderr);
        return Reminded().Matches(stdout).Select(m => m.Groups["name"].Value).Order(StringComparer.Ordinal);
    }

    [GeneratedRegex("<tr data-testid=\"row\"[^>]*data-status=\"(?<status>[a-z]+)\">.*?<button[^>]*>(?<name>[^<]*)</button>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("将提醒：(?<name>.+)（[^（）]+@[^（）]+）\\s*$", RegexOptions.Multiline)]
    private static partial Regex Reminded();
}
