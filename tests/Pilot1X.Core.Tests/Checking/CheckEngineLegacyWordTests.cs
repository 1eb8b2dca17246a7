using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Checking;

public sealed class CheckEngineLegacyWordTests
{
    private const string School = "湖北交通职业技术学院";
    private const string Stem = "1+X证书制度试点工作";

    private static byte[] SealedScan() => ScanSampleBuilder.Pdf([new ScanPageOptions { Seal = true, Dpi = 100 }]);

    private static byte[] LegacyOle()
    {
        var bytes = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        return bytes;
    }

    private static CheckReport CheckWithLegacySummary(string extension) => EngineHarness.Check(
        ($"{School}{Stem}总结报告{extension}", LegacyOle()),
        ($"{School}{Stem}总结报告（盖章扫描版）.pdf", SealedScan()),
        ($"{School}对培训评价组织{Stem}评价报告.docx", WordSamples.EvaluationReport(School)),
        ($"{School}对培训评价组织{Stem}评价报告（盖章扫描版）.pdf", SealedScan()));

    [Fact]
    public void A_doc_with_a_stamped_scan_is_complete_with_its_word_version_unchecked_and_a_legacy_format_warning()
    {
        var report = CheckWithLegacySummary(".doc");

        var school = report.Institution(School);
        Assert.True(school.Complete);
        var summary = Assert.Single(school.Materials, m => m.Kind == MaterialKind.Summary);
        Assert.Equal((MaterialState.Unchecked, MaterialState.Ok), (summary.Word, summary.Scan));
        var legacy = Assert.Single(school.Findings, f => f.Code == FindingCode.LegacyWordFormat);
        Assert.Equal(Severity.Warning, legacy.Severity);
        Assert.Contains(".docx", legacy.Suggestion, StringComparison.Ordinal);
        Assert.DoesNotContain(school.Findings, f => f.Code == FindingCode.MaterialMissing);
    }

    [Fact]
    public void The_json_report_says_word_unchecked_and_complete_for_a_doc()
    {
        using var stream = new MemoryStream();
        CheckReportJson.Write(stream, CheckWithLegacySummary(".doc"));

        var institution = JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("institutions").EnumerateArray()
            .Single(i => i.GetProperty("name").GetString() == School);
        Assert.True(institution.GetProperty("complete").GetBoolean());
        var summary = institution.GetProperty("materials").EnumerateArray().Single(m => m.GetProperty("kind").GetString() == "summary");
        Assert.Equal("unchecked", summary.GetProperty("word").GetString());
        Assert.Equal("ok", summary.GetProperty("scan").GetString());
    }

    [Theory]
    [InlineData(".doc", "Word（.doc，未检查）")]
    [InlineData(".wps", "Word（.wps，未检查）")]
    public void The_workbook_summary_row_shows_which_legacy_word_file_was_received_unchecked(string extension, string label)
    {
        using var stream = new MemoryStream();
        OfficeWorkbook.Write(stream, OfficeSummary.FromCheck(CheckWithLegacySummary(extension)));
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);

        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == OfficeWorkbook.SummarySheet);
        var rows = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList()).ToList();
        var row = Assert.Single(rows, r => r[0] == School);
        Assert.Equal(["齐全", label, "合格"], row[3..6]);
    }
}
