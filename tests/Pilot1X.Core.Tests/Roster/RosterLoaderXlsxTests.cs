using DocumentFormat.OpenXml.Packaging;
using Pilot1X.Core.Roster;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Roster;

public sealed class RosterLoaderXlsxTests
{
    private static InstitutionRoster Load(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return RosterLoader.LoadXlsx(stream);
    }

    [Fact]
    public void Office_sheet_with_title_row_and_shared_strings_loads_every_field()
    {
        var roster = Load(RosterFileBuilder.Xlsx(SampleRoster.Rows));

        Assert.Equal(SampleRoster.Rows.Count - 1, roster.Institutions.Count);
        var wtc = roster.Find("武汉职业技术学院")!;
        Assert.Equal(["武职", "武汉职院"], wtc.Aliases);
        Assert.True(wtc.Sampled);
        Assert.Equal(["jwc@wtc.example.cn", "1x@wtc.example.cn"], wtc.Contacts);
        Assert.Equal(["云计算平台运维与开发", "物流管理"], wtc.Certificates);
        Assert.Equal(SchoolLevel.Higher, wtc.Level);
        Assert.Equal(SchoolLevel.Secondary, roster.Find("湖北十堰职业技术（集团）学校")!.Level);
        Assert.False(roster.Find("湖北工程学院")!.Sampled);
    }

    [Fact]
    public void Empty_cells_missing_from_the_sheet_keep_later_columns_in_place()
    {
        var roster = Load(RosterFileBuilder.Xlsx(SampleRoster.Rows));

        var notSampled = roster.Find("湖北科技职业学院")!;
        Assert.Empty(notSampled.Aliases);
        Assert.Equal(["hbkj1x@163.com"], notSampled.Contacts);
        Assert.Empty(notSampled.Certificates);
        Assert.Equal(SchoolLevel.Unknown, notSampled.Level);
    }

    [Fact]
    public void Inline_strings_and_numeric_yes_no_cells_are_read()
    {
        string[][] rows =
        [
            ["单位名称", "是否抽查", "办学层次"],
            ["武汉工程大学", "1", "本科"],
            ["咸宁卫生学校", "0", "中职"],
        ];

        var roster = Load(RosterFileBuilder.Xlsx(rows, title: null, inlineStrings: true));

        Assert.True(roster.Find("武汉工程大学")!.Sampled);
        Assert.False(roster.Find("咸宁卫生学校")!.Sampled);
    }

    [Fact]
    public void Columns_in_any_order_with_padded_full_width_headers_and_extra_columns_are_found()
    {
        string[][] rows =
        [
            [" 联系邮箱 ", "备注", "办学层次", "　单位名称　", "是否抽查"],
            [" A@B.example.cn ", "无", "高职", "黄冈职业技术学院", "Y"],
        ];

        var institution = Assert.Single(Load(RosterFileBuilder.Xlsx(rows)).Institutions);

        Assert.Equal("黄冈职业技术学院", institution.Name);
        Assert.Equal(["a@b.example.cn"], institution.Contacts);
        Assert.True(institution.Sampled);
    }

    [Fact]
    public void Error_row_numbers_count_the_title_row_as_excel_shows_it()
    {
        string[][] rows =
        [
            ["单位名称", "是否抽查"],
            ["武汉工程大学", "是"],
            ["湖北第二师范学院", "可能"],
        ];

        var error = Assert.Throws<RosterFormatException>(() => Load(RosterFileBuilder.Xlsx(rows)));

        Assert.Contains("第4行“是否抽查”列的值“可能”无法识别，应为“是”或“否”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_a_workbook_give_a_chinese_roster_error()
    {
        var error = Assert.Throws<RosterFormatException>(() => Load("单位名称,是否抽查\r\n"u8.ToArray()));

        Assert.Contains(".xlsx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_first_worksheet_is_read()
    {
        using var buffer = new MemoryStream();
        buffer.Write(RosterFileBuilder.Xlsx([["单位名称"], ["武汉工程大学"]]));
        using (var document = SpreadsheetDocument.Open(buffer, isEditable: true))
        {
            var workbook = document.WorkbookPart!;
            var second = workbook.AddNewPart<WorksheetPart>();
            second.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(new DocumentFormat.OpenXml.Spreadsheet.SheetData());
            workbook.Workbook.Sheets!.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet
            {
                Id = workbook.GetIdOfPart(second), SheetId = 2, Name = "说明",
            });
        }

        buffer.Position = 0;
        var institution = Assert.Single(RosterLoader.LoadXlsx(buffer).Institutions);

        Assert.Equal("武汉工程大学", institution.Name);
    }

    [Fact]
    public void Workbook_without_a_worksheet_is_rejected_in_chinese()
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            document.AddWorkbookPart().Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
        }

        buffer.Position = 0;
        var error = Assert.Throws<RosterFormatException>(() => RosterLoader.LoadXlsx(buffer));

        Assert.Contains("没有工作表", error.Message, StringComparison.Ordinal);
    }
}
