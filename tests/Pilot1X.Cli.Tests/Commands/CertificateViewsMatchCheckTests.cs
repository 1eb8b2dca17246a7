using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Samples;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary>
/// The bundled samples with the bundled roster (certificates listed): <c>status --json</c> after <c>run</c> carries the
/// certificate objects <c>check --json</c> reports (coverage, grade from the table under 四, self-check), and the report's
/// 证书与问卷 sheet shows the same grades and self-checks as <c>status --json</c>.
/// </summary>
public sealed class CertificateViewsMatchCheckTests : IAsyncLifetime
{
    private const string AsOf = "2020-12-26T09:00:00+08:00";
    private readonly AzuriteWorkspace _work = new("cert-views");

    public Task InitializeAsync() => _work.InitializeAsync();

    public Task DisposeAsync() => _work.DisposeAsync();

    [Fact]
    public async Task Status_json_and_the_certificate_sheet_carry_the_certificates_check_json_reports_for_the_bundled_samples()
    {
        var samples = _work.Path("samples");
        BundledSamples.Write(samples);
        var roster = await _work.WriteRosterAsync();
        var storage = _work.ConnectionString;
        var xlsx = _work.Path("汇总表.xlsx");

        var check = await CliRunner.RunAsync("check", samples, "--roster", roster, "--as-of", AsOf, "--json");
        var run = await CliRunner.RunAsync("run", samples, "--storage", storage, "--roster", roster, "--as-of", AsOf);
        var status = await CliRunner.RunAsync("status", "--json", "--storage", storage, "--roster", roster);
        var report = await CliRunner.RunAsync("report", "--storage", storage, "--roster", roster, "--as-of", AsOf, "--xlsx", xlsx, "--html", _work.Path("汇总.html"));
        Assert.True(check.ExitCode == 0, check.Stderr);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(status.ExitCode == 0, status.Stderr);
        Assert.True(report.ExitCode == 0, report.Stderr);

        var expected = Certificates(check.Stdout);
        var stored = Certificates(status.Stdout);
        Assert.Equal(expected, stored);
        // The comparison is about something: the complete institution's table grades, the railway's forgotten certificate.
        Assert.Contains("湖北交通职业技术学院|网店运营推广|graded|整改|covered", expected);
        Assert.Contains("湖北交通职业技术学院|建筑信息模型（BIM）|graded|优秀|covered", expected);
        Assert.Contains("武汉铁路职业技术学院|智能财税|not_covered||covered", expected);

        var sheet = Sheet(xlsx);
        Assert.Equal(stored.Count, sheet.Count);
        Assert.Contains(["湖北交通职业技术学院", "网店运营推广", "—", "整改", "已写到"], sheet.Select(r => r.Take(5).ToArray()));
        Assert.Contains(["武汉铁路职业技术学院", "智能财税", "—", "未写到", "已写到"], sheet.Select(r => r.Take(5).ToArray()));
    }

    private static List<string> Certificates(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("institutions").EnumerateArray()
            .SelectMany(i => i.GetProperty("certificates").EnumerateArray().Select(c =>
                $"{i.GetProperty("name").GetString()}|{c.GetProperty("name").GetString()}|{c.GetProperty("evaluation").GetString()}|" +
                $"{(c.GetProperty("grade").ValueKind == JsonValueKind.Null ? string.Empty : c.GetProperty("grade").GetString())}|{c.GetProperty("selfCheck").GetString()}"))];
    }

    private static List<string[]> Sheet(string xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Descendants<Sheet>().Single(s => s.Name == "证书与问卷");
        return [.. ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Skip(1)
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.InnerText).ToArray())];
    }
}
