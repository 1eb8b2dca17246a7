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
    public void Workbook_has_follow_up_as_its_second_sheet_then_the_findings_missing_cases_and_certificates_sheets()
    {
        using var document = Open(out var stream);
        using (stream)
        {
            var names = document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value).ToList();
            Assert.Equal(["汇总", "今日需跟进", "问题清单", "未交名单", "典型案例", "证书与问卷"], names);
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
            Assert.Equal(["武汉职业技术学院", "高职", "否", "齐全", "合格", "合格", "无需提交", "无需提交", "合格", "检测到红色公章", "6/6", "2020-12-25 10:30", "0"], rows[1]);
            Assert.Equal("未齐全", rows[2][3]);
            Assert.Equal("2/6", rows[2][10]);
            Assert.Equal("选交", rows[2][8]);
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
            foreach (var (name, last) in new[] { ("汇总", "M4"), ("今日需跟进", "I3"), ("问题清单", "H3"), ("未交名单", "F2"), ("典型案例", "G2"), ("证书与问卷", "H2") })
            {
                var sheet = Sheet(document, name);
                var pane = sheet.Descendants<Pane>().Single();
                Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
                Assert.Equal(1d, pane.VerticalSplit!.Value);
                Assert.Equal("A2", pane.TopLeftCell!.Value);
                Assert.Equal("A1:" + last, sheet.Elements<AutoFilter>().Single().Reference!.Value);
            }

            Assert.Equal(6, document.WorkbookPart!.Workbook.Descendants<DefinedName>().Count(d => d.Name == "_xlnm._FilterDatabase"));
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
            Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
            var cells = document.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).ToList();
            Assert.All(cells, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
            var texts = cells.Select(c => c.InlineString!.InnerText).ToList();
            Assert.Contains("'" + OfficeSamples.HostileFile, texts);
            Assert.Contains("'" + OfficeSamples.HostileMessage, texts);
            Assert.Contains("'-请补写", texts);
            Assert.Contains("'" + OfficeSamples.HostileUnassigned, texts);
            Assert.Contains("'" + OfficeSamples.HostileCase, texts);
            Assert.Contains("'" + OfficeSamples.HostilePerson, texts);
            Assert.DoesNotContain(texts, t => CellText.LooksLikeFormula(t));
        }
    }

    [Fact]
    public void Findings_sheet_names_each_problem_in_chinese_with_its_mail_leaves_out_missing_materials_and_keeps_the_code_last()
    {
        var summary = OfficeSummary.FromCheck(OfficeSamples.Report());
        using var document = Open(out var stream);
        using (stream)
        {
            var rows = Rows(Sheet(document, OfficeWorkbook.FindingsSheet));
            Assert.Equal(["单位", "问题", "影响", "文件", "来件", "说明", "改正建议", "代码"], rows[0]);
            Assert.Equal(summary.AllFindings.Count(f => f.Finding.Code != "MATERIAL_MISSING"), rows.Count - 1);
            Assert.Equal(2, rows.Count - 1);
            Assert.Equal(["湖北工业大学<b>", "缺少提纲部分", "必须修改（影响齐全）", "'" + OfficeSamples.HostileFile], rows[1][..4]);
            Assert.Equal("SECTION_MISSING", rows[1][^1]);
            Assert.Equal(["（无法确定单位）", "单位不在名单中"], rows[2][..2]);
            Assert.Equal("UNKNOWN_INSTITUTION", rows[2][^1]);
            Assert.DoesNotContain(rows.Skip(1), r => r.Contains("MATERIAL_MISSING"));
        }
    }

    [Fact]
    public void Findings_sheet_names_the_mail_a_stored_finding_came_in_by_subject_and_arrival()
    {
        var summary = OfficeSummary.FromCheck(OfficeSamples.Report());
        var finding = summary.Rows[1].Findings[0];
        var arrival = new OfficeArrival(OfficeSamples.AsOf.AddHours(-2), [OfficeSamples.Incomplete.Name], "=湖北工业大学材料报送");
        var stream = new MemoryStream();
        OfficeWorkbook.Write(stream, summary with { FindingArrivals = new Dictionary<Pilot1X.Core.Findings.Finding, OfficeArrival>(ReferenceEqualityComparer.Instance) { [finding] = arrival } });
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = Rows(Sheet(document, OfficeWorkbook.FindingsSheet));
        Assert.Equal("邮件“=湖北工业大学材料报送”（2020-12-26 07:00 收到）", rows[1][4]);
        Assert.Equal("—", rows[2][4]);
    }

    [Fact]
    public void Follow_up_sheet_lists_every_institution_not_complete_with_whom_to_call_and_one_line_of_what_is_missing()
    {
        using var document = Open(out var stream);
        using (stream)
        {
            var rows = Rows(Sheet(document, OfficeWorkbook.FollowUpSheet));
            Assert.Equal(["单位名称", "办学层次", "状态", "联系人", "电话", "联系邮箱", "最近来件（北京时间）", "最近回执（北京时间）", "还缺什么"], rows[0]);
            Assert.Equal(3, rows.Count);
            Assert.Equal(["武汉市第一职业教育中心", "中职", "未交", "'" + OfficeSamples.HostilePerson, "027-8888 0001", "c@wh1.cn", "—", "—", "工作总结报告缺Word版和盖章扫描件"], rows[1]);
            Assert.Equal(["湖北工业大学<b>", "本科", "未齐全", "—", "—", "b@hbut.edu.cn", "2020-12-25 10:30", "—"], rows[2][..8]);
            Assert.Equal("工作总结报告Word版" + OfficeSamples.HostileMessage + "，缺盖章扫描件；评价报告缺Word版和盖章扫描件", rows[2][8]);
        }
    }

    [Fact]
    public void Cases_sheet_lists_each_current_typical_case_with_its_length_pictures_and_captions()
    {
        using var document = Open(out var stream);
        using (stream)
        {
            var rows = Rows(Sheet(document, OfficeWorkbook.CasesSheet));
            Assert.Equal(["单位", "案例标题", "字数", "图片数", "有图注的图片", "文件", "收到时间（北京时间）"], rows[0]);
            Assert.Equal(["武汉职业技术学院", "'" + OfficeSamples.HostileCase[..^5], "3120", "4", "3", "'" + OfficeSamples.HostileCase, "2020-12-25 10:30"], Assert.Single(rows.Skip(1)));
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
            Assert.Equal(["武汉市第一职业教育中心", "中职", "否", "'" + OfficeSamples.HostilePerson, "027-8888 0001", "c@wh1.cn"], rows[1]);
        }
    }
}
