using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Core.Attribution;

namespace Pilot1X.Core.Roster;

/// <summary>
/// Reads the first worksheet of an .xlsx roster (and its optional 试点证书 sheet) or of a questionnaire export with the
/// Open XML SDK's package and a plain XmlReader: shared strings, inline strings, numbers and
/// booleans, and cell references with gaps (Excel omits empty cells, so columns come from the letters).
/// </summary>
internal static class XlsxRosterReader
{
    /// <summary>The name of the optional sheet that lists certificates with their 培训评价组织 and 别名.</summary>
    internal const string CertificateSheetName = "试点证书";

    private static readonly XmlReaderSettings XmlSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>
    /// The roster rows (the first worksheet that is not the 试点证书 sheet) and the rows of the 试点证书 sheet, or null
    /// when the workbook has none.
    /// </summary>
    internal static (IReadOnlyList<RosterRow> Institutions, IReadOnlyList<RosterRow>? Certificates) Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var sheets = Sheets(document);
        var certificateSheet = sheets.FirstOrDefault(s => NameNormalizer.Normalize(s.Name) == CertificateSheetName).Part;
        var rosterSheet = sheets.FirstOrDefault(s => s.Part != certificateSheet).Part ?? throw NoSheet();
        var sharedStrings = ReadSharedStrings(document.WorkbookPart!.SharedStringTablePart);
        return ([.. Rows(rosterSheet, sharedStrings)], certificateSheet is null ? null : [.. Rows(certificateSheet, sharedStrings)]);
    }

    /// <summary>The first worksheet and the workbook's shared strings.</summary>
    internal static (WorksheetPart Worksheet, string[] SharedStrings) FirstWorksheet(SpreadsheetDocument document)
    {
        var first = Sheets(document).FirstOrDefault().Part ?? throw NoSheet();
        return (first, ReadSharedStrings(document.WorkbookPart!.SharedStringTablePart));
    }

    private static List<(string Name, WorksheetPart? Part)> Sheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw NotAWorkbook();
        return workbook.Workbook?.Sheets?.Elements<Sheet>()
            .Select(s => (Name: s.Name?.Value ?? string.Empty, Part: s.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null))
            .Where(s => s.Part is not null)
            .ToList() ?? [];
    }

    /// <summary>
    /// The rows one at a time, read with a plain XmlReader: no DOM of the sheet or of a row is built (a DOM costs far more
    /// than the table it holds), and a caller may stop (or refuse a budget) without reading the rest.
    /// </summary>
    internal static IEnumerable<RosterRow> Rows(WorksheetPart worksheet, string[] sharedStrings)
    {
        using var stream = worksheet.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, XmlSettings);
        var previousRow = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "row")
            {
                var number = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : previousRow + 1;
                previousRow = number;
                yield return new RosterRow(number, xml.IsEmptyElement ? [] : CellsOf(xml, sharedStrings));
            }
        }
    }

    private static string[] ReadSharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, XmlSettings);
        var strings = new List<string>();
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                strings.Add(StringItem(xml));
            }
            else
            {
                xml.Read();
            }
        }

        return [.. strings];
    }

    // From a <row> start element to its end element: each <c> by its reference, so gaps stay empty columns.
    private static List<string> CellsOf(XmlReader xml, string[] sharedStrings)
    {
        var cells = new List<string>();
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c")
            {
                continue;
            }

            var reference = xml.GetAttribute("r");
            var type = xml.GetAttribute("t");
            var (raw, inline) = xml.IsEmptyElement ? (string.Empty, null) : CellContent(xml);
            var column = ColumnOf(reference) ?? cells.Count;
            while (cells.Count <= column)
            {
                cells.Add(string.Empty);
            }

            cells[column] = ValueOf(reference, type, raw, inline, sharedStrings);
        }

        return cells;
    }

    // From a <c> start element to its end element: the value <v> and an inline string <is>.
    private static (string Raw, string? Inline) CellContent(XmlReader xml)
    {
        var depth = xml.Depth;
        var raw = string.Empty;
        string? inline = null;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "v")
            {
                raw = xml.ReadElementContentAsString();
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "is")
            {
                inline = StringItem(xml);
            }
            else
            {
                xml.Read();
            }
        }

        return (raw, inline);
    }

    /// <summary>A shared or inline string: plain and rich-text runs; phonetic guides (rPh) are not part of the value. Reads past its end.</summary>
    private static string StringItem(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return string.Empty;
        }

        var depth = xml.Depth;
        var text = new StringBuilder();
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                text.Append(xml.ReadElementContentAsString());
            }
            else
            {
                xml.Read();
            }
        }

        xml.Read();
        return text.ToString();
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

    private static string ValueOf(string? reference, string? type, string raw, string? inline, string[] sharedStrings)
    {
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Length
                    ? sharedStrings[index]
                    : throw new RosterFormatException($"单元格 {reference} 引用了不存在的共享字符串：工作簿已损坏，请用 Excel 打开后另存为 .xlsx。");
            case "inlineStr":
                return inline ?? raw;
            case "b":
                return raw == "1" ? "TRUE" : "FALSE";
            case null or "n" when double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return number.ToString(CultureInfo.InvariantCulture);
            default:
                return raw;
        }
    }

    private static RosterFormatException NoSheet() => new("名单工作簿里没有工作表：请把名单放在第一张工作表中。");

    private static RosterFormatException NotAWorkbook() =>
        new("名单文件不是 Excel 工作簿：请用 Excel 打开后另存为 .xlsx（或“CSV（逗号分隔）”）再试。");
}
