using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Core.Attribution;

namespace Pilot1X.Core.Roster;

/// <summary>
/// Reads the first worksheet of an .xlsx roster (and its optional 试点证书 sheet) with the Open XML SDK: shared strings, inline strings, numbers and
/// booleans, and cell references with gaps (Excel omits empty cells, so columns come from the letters).
/// </summary>
internal static class XlsxRosterReader
{
    /// <summary>The name of the optional sheet that lists certificates with their 培训评价组织 and 别名.</summary>
    internal const string CertificateSheetName = "试点证书";

    /// <summary>
    /// The roster rows (the first worksheet that is not the 试点证书 sheet) and the rows of the 试点证书 sheet, or null
    /// when the workbook has none.
    /// </summary>
    internal static (IReadOnlyList<RosterRow> Institutions, IReadOnlyList<RosterRow>? Certificates) Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart ?? throw NotAWorkbook();
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>()
            .Select(s => (Name: s.Name?.Value ?? string.Empty, Part: s.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null))
            .Where(s => s.Part is not null)
            .ToList() ?? [];
        var certificateSheet = sheets.FirstOrDefault(s => NameNormalizer.Normalize(s.Name) == CertificateSheetName).Part;
        var rosterSheet = sheets.FirstOrDefault(s => s.Part != certificateSheet).Part
            ?? throw new RosterFormatException("名单工作簿里没有工作表：请把名单放在第一张工作表中。");
        var sharedStrings = ReadSharedStrings(workbook.SharedStringTablePart);
        return ([.. Rows(rosterSheet, sharedStrings)], certificateSheet is null ? null : [.. Rows(certificateSheet, sharedStrings)]);
    }

    /// <summary>The first worksheet and the workbook's shared strings.</summary>
    internal static (WorksheetPart Worksheet, string[] SharedStrings) FirstWorksheet(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw NotAWorkbook();
        var worksheet = workbook.Workbook?.Sheets?.Elements<Sheet>()
            .Select(s => s.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null)
            .FirstOrDefault(part => part is not null)
            ?? throw new RosterFormatException("名单工作簿里没有工作表：请把名单放在第一张工作表中。");
        return (worksheet, ReadSharedStrings(workbook.SharedStringTablePart));
    }

    /// <summary>
    /// The rows one at a time: the DOM of a whole sheet costs far more than the table it holds, and a caller may stop
    /// (or refuse a budget) without reading the rest.
    /// </summary>
    internal static IEnumerable<RosterRow> Rows(WorksheetPart worksheet, string[] sharedStrings)
    {
        var previousRow = 0;
        using var reader = OpenXmlReader.Create(worksheet);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement && reader.LoadCurrentElement() is Row row)
            {
                var number = row.RowIndex?.Value is { } index ? (int)index : previousRow + 1;
                previousRow = number;
                yield return new RosterRow(number, CellsOf(row, sharedStrings));
            }
        }
    }

    private static string[] ReadSharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement && reader.LoadCurrentElement() is { } item)
            {
                strings.Add(TextOf(item));
            }
        }

        return [.. strings];
    }

    private static List<string> CellsOf(Row row, string[] sharedStrings)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = ColumnOf(cell.CellReference?.Value) ?? cells.Count;
            while (cells.Count <= column)
            {
                cells.Add(string.Empty);
            }

            cells[column] = ValueOf(cell, sharedStrings);
        }

        return cells;
    }

    /// <summary>0-based column from a reference such as <c>AB12</c>.</summary>
    internal static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            letters++;
        }

        return letters is 0 or > 3 ? null : column - 1;
    }

    private static string ValueOf(Cell cell, string[] sharedStrings)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Length
                ? sharedStrings[index]
                : throw new RosterFormatException($"单元格 {cell.CellReference?.Value} 引用了不存在的共享字符串：工作簿已损坏，请用 Excel 打开后另存为 .xlsx。");
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is null ? raw : TextOf(cell.InlineString);
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if ((type is null || type == CellValues.Number)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>Plain and rich-text runs; phonetic guides (rPh) are not part of the value.</summary>
    private static string TextOf(OpenXmlElement item) =>
        string.Concat(item.Elements<Text>().Select(t => t.Text))
        + string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    private static RosterFormatException NotAWorkbook() =>
        new("名单文件不是 Excel 工作簿：请用 Excel 打开后另存为 .xlsx（或“CSV（逗号分隔）”）再试。");
}
