using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pilot1X.Samples;

/// <summary>
/// Writes roster spreadsheets the way the office's Excel does: an .xlsx with a merged title row above the header,
/// shared strings and omitted empty cells, or a CSV in UTF-8-BOM / GB18030 with RFC 4180 quoting.
/// </summary>
public static class RosterFileBuilder
{
    public const string DefaultTitle = "湖北省1+X证书制度试点院校名单";

    /// <param name="rows">Header row first, then data rows; empty strings become absent cells (reference gaps).</param>
    /// <param name="title">A title row above the header, merged across the columns; null for a header on row 1.</param>
    /// <param name="inlineStrings">Write text as inline strings (as some generators do) instead of shared strings.</param>
    /// <param name="certificateRows">Rows of a second sheet named 试点证书 (header first: 单位名称, 证书名称, 培训评价组织, 别名), or null for none.</param>
    public static byte[] Xlsx(IEnumerable<string[]> rows, string? title = DefaultTitle, bool inlineStrings = false, IEnumerable<string[]>? certificateRows = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = rows.ToList();
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = new SharedStrings(workbook.AddNewPart<SharedStringTablePart>());
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var rowNumber = 1u;
            if (title is not null)
            {
                data.Append(RowOf(rowNumber++, [title], strings, inlineStrings));
            }

            foreach (var row in table)
            {
                data.Append(RowOf(rowNumber++, row, strings, inlineStrings));
            }

            worksheet.Worksheet = new Worksheet(data);
            if (title is not null)
            {
                var width = Math.Max(1, table.Count == 0 ? 1 : table.Max(r => r.Length));
                worksheet.Worksheet.Append(new MergeCells(new MergeCell { Reference = $"A1:{Column(width - 1)}1" }));
            }

            var sheets = workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "试点院校" }));
            if (certificateRows is not null)
            {
                var certificateSheet = workbook.AddNewPart<WorksheetPart>();
                var certificateData = new SheetData();
                var certificateRow = 1u;
                foreach (var row in certificateRows)
                {
                    certificateData.Append(RowOf(certificateRow++, row, strings, inlineStrings));
                }

                certificateSheet.Worksheet = new Worksheet(certificateData);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(certificateSheet), SheetId = 2, Name = "试点证书" });
            }

            strings.Save();
        }

        return buffer.ToArray();
    }

    /// <param name="rows">Header row first (title rows too, if wanted), then data rows.</param>
    public static byte[] Csv(IEnumerable<string[]> rows, RosterCsvEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return encoding switch
        {
            RosterCsvEncoding.Utf8Bom => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.ToString())],
            RosterCsvEncoding.Utf8 => Encoding.UTF8.GetBytes(text.ToString()),
            _ => Gb18030().GetBytes(text.ToString()),
        };
    }

    /// <summary>Excel's column letters for a 0-based index.</summary>
    public static string Column(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static Row RowOf(uint number, string[] values, SharedStrings strings, bool inline)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].Length > 0)
            {
                row.Append(CellOf($"{Column(i)}{number}", values[i], strings, inline));
            }
        }

        return row;
    }

    private static Cell CellOf(string reference, string value, SharedStrings strings, bool inline)
    {
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return new Cell { CellReference = reference, CellValue = new CellValue(value) };
        }

        return inline
            ? new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) }
            : new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.IndexOf(value)) };
    }

    /// <summary>Excel stores each distinct text once and refers to it by index.</summary>
    private sealed class SharedStrings(SharedStringTablePart part)
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly SharedStringTable _table = new();

        public int IndexOf(string value)
        {
            if (!_index.TryGetValue(value, out var index))
            {
                index = _index.Count;
                _index.Add(value, index);
                _table.Append(new SharedStringItem(new Text(value) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return index;
        }

        public void Save() => part.SharedStringTable = _table;
    }
}
