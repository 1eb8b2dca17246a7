using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Core.Reporting.Office;

namespace Pilot1X.Core.Tests.Reporting.Office;

public sealed class OfficeWorkbookTests
{
    private static SpreadsheetDocument Open(out MemoryStream stream)
    {
        stream = new MemoryStream();
        OfficeWorkbook.Write(stream, OfficeSummary.FromCheck(OfficeSamples.Report()));
        stream.Position = 0;
        return SpreadsheetDocument.Open(stream, false);
    }

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    private static List<List<string>> Rows(Worksheet sheet) =>
        [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList())];

    [Fact]
    public void Workbook_passes_open_xml_schema_validation()
    {
        using var document = Open(out var stream);
        using (stream)
        {
            var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void Workbook_has_the_four_sheets_in_order()
    {
        using var document = Open(out var stream);
        using (stream)
        {
            var names = document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value).ToList();
            Assert.Equal(["汇总", "问题清单", "未交名单", "证书与问卷"], names);
        }
    }

    [Fact]
    public void Summary_sheet_has_one_row_per_roster_institution_with_its_figures()
    {
        using var document = Open(out var stream);
        using (stream)
        {
            var rows = Rows(Sheet(document, OfficeWorkbook.SummarySheet));
            Assert.Equal(OfficeWorkbook.SummaryHeaders, rows[0]);
            Assert.Equal(4, rows.Count);
            Assert.Equal(["武汉职业技术学院", "高职", "否", "齐全", "合格", "合格", "无需提交", "无需提交", "未提交（选交）", "检测到红色公章", "6/6", "2020-12-25 10:30", "0"], rows[1]);
            Assert.Equal("未齐全", rows[2][3]);
            Assert.Equal("2/6", rows[2][10]);
            Assert.Equal("3", rows[2][12]);
            Assert.Equal(["武汉市第一职业教育中心", "中职", "否", "未交"], rows[3][..4]);
            Assert.Equal("—", rows[3][11]);
        }
    }

    [Fact]
    public void Header_row_is_frozen_and_every_sheet_has_an_autofilter_over_its_data()
    {
        using var document = Open(out var stream);
        using (stream)
        {
            foreach (var (name, last) in new[] { ("汇总", "M4"), ("问题清单", "F6"), ("未交名单", "D2"), ("证书与问卷", "H2") })
            {
                var sheet = Sheet(document, name);
                var pane = sheet.Descendants<Pane>().Single();
                Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
                Assert.Equal(1d, pane.VerticalSplit!.Value);
                Assert.Equal("A2", pane.TopLeftCell!.Value);
                Assert.Equal("A1:" + last, sheet.Elements<AutoFilter>().Single().Reference!.Value);
            }

            Assert.Equal(4, document.WorkbookPart!.Workbook.Descendants<DefinedName>().Count(d => d.Name == "_xlnm._FilterDatabase"));
        }
    }

    [Fact]
    public void Column_widths_fit_the_text_within_bounds()
    {
        using var document = Open(out var stream);
        using (stream)
        {
            var columns = Sheet(document, OfficeWorkbook.SummarySheet).Descendants<Column>().ToList();
            Assert.Equal(OfficeWorkbook.SummaryHeaders.Count, columns.Count);
            Assert.All(columns, c => Assert.InRange(c.Width!.Value, 8d, 60d));
            Assert.True(columns[0].Width!.Value >= 22, "单位名称 column fits an 11-character Chinese name");
        }
    }

    [Fact]
    public void Summary_rows_are_filled_green_amber_red_by_status()
    {
        using var document = Open(out var stream);
        using (stream)
        {
            var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
            var fills = document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fills!.Elements<Fill>().ToList();
            string Fill(Row row) => fills[(int)formats[(int)row.Elements<Cell>().First().StyleIndex!.Value].FillId!.Value]
                .PatternFill!.ForegroundColor!.Rgb!.Value!;
            var rows = Sheet(document, OfficeWorkbook.SummarySheet).Descendants<Row>().Skip(1).ToList();
            Assert.Equal(["FFC6EFCE", "FFFFEB9C", "FFFFC7CE"], rows.Select(Fill));
            Assert.All(rows, r => Assert.Single(r.Elements<Cell>().Select(c => c.StyleIndex!.Value).Distinct()));
        }
    }

    [Fact]
    public void Hostile_submitted_text_is_a_string_cell_prefixed_with_an_apostrophe_never_a_formula()
    {
        using var document = Open(out var stream);
        using (stream)
        {
            var findings = Sheet(document, OfficeWorkbook.FindingsSheet);
            Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
            Assert.All(findings.Descendants<Cell>(), c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
            var texts = Rows(findings).SelectMany(r => r).ToList();
            Assert.Contains("'" + OfficeSamples.HostileFile, texts);
            Assert.Contains("'" + OfficeSamples.HostileMessage, texts);
            Assert.Contains("'-请补写", texts);
            Assert.Contains("'\t缺少评价报告", texts);
            Assert.Contains(texts, t => t.StartsWith('\'') && t.EndsWith("\n请提交", StringComparison.Ordinal)); // XML reads CR back as LF
            Assert.Contains("'" + OfficeSamples.HostileUnassigned, texts);
            Assert.DoesNotContain(texts, t => CellText.LooksLikeFormula(t));
        }
    }

    [Fact]
    public void Findings_sheet_lists_exactly_the_reports_findings_including_unattributed_files()
    {
        var report = OfficeSamples.Report();
        using var document = Open(out var stream);
        using (stream)
        {
            var rows = Rows(Sheet(document, OfficeWorkbook.FindingsSheet)).Skip(1).ToList();
            Assert.Equal(report.Institutions.Sum(i => i.Findings.Count) + report.Unassigned.Sum(u => u.Findings.Count), rows.Count);
            Assert.Equal(["武汉市第一职业教育中心", "（整个单位）", "MATERIAL_MISSING", "错误"], rows[3][..4]);
            Assert.Equal("（无法确定单位）", rows[4][0]);
        }
    }

    [Fact]
    public void Missing_sheet_lists_only_institutions_that_sent_nothing()
    {
        using var document = Open(out var stream);
        using (stream)
        {
            var rows = Rows(Sheet(document, OfficeWorkbook.MissingSheet));
            Assert.Equal(2, rows.Count);
            Assert.Equal(["武汉市第一职业教育中心", "中职", "否", "c@wh1.cn"], rows[1]);
        }
    }
}
