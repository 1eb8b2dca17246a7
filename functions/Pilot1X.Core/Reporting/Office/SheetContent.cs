using DocumentFormat.OpenXml.Spreadsheet;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>
/// One sheet of the workbook as rows of text cells: a bold header row frozen at the top, an autofilter over the
/// data, widths fitted to the text (CJK characters count double). Every value is an inline string, never a formula.
/// </summary>
internal sealed class SheetContent(IReadOnlyList<string> headers)
{
    private const double MinWidth = 8;
    private const double MaxWidth = 60;
    private readonly List<(IReadOnlyList<string> Values, uint Style)> _rows = [];

    public int RowCount => _rows.Count;

    public void Add(uint style, params string?[] values) => _rows.Add(([.. values.Select(CellText.Safe)], style));

    public Worksheet Build()
    {
        var data = new SheetData(Row(1, headers, WorkbookStyles.Header));
        for (var i = 0; i < _rows.Count; i++)
        {
            data.Append(Row((uint)i + 2, _rows[i].Values, _rows[i].Style));
        }

        var lastColumn = ColumnName(headers.Count);
        var pane = new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        };
        return new Worksheet(
            new SheetViews(new SheetView(pane, new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new() { InnerText = "A2" } }) { WorkbookViewId = 0 }),
            new Columns(headers.Select((_, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Width(i), CustomWidth = true })),
            data,
            new AutoFilter { Reference = FilterRange });
    }

    /// <summary>The autofilter's range: header and data, all columns.</summary>
    public string FilterRange => $"A1:{ColumnName(headers.Count)}{_rows.Count + 1}";

    public static string ColumnName(int number)
    {
        var name = string.Empty;
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Row Row(uint index, IReadOnlyList<string> values, uint style) =>
        new(values.Select((v, i) => new Cell
        {
            CellReference = ColumnName(i + 1) + index,
            DataType = CellValues.InlineString,
            StyleIndex = style,
            InlineString = new InlineString(new Text(v) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
        })) { RowIndex = index };

    private double Width(int column)
    {
        var longest = _rows.Select(r => column < r.Values.Count ? r.Values[column] : string.Empty).Append(headers[column])
            .Max(v => v.Split('\n').Max(line => line.Sum(c => c > 0x2E7F ? 2 : 1)));
        return Math.Clamp(longest + 2, MinWidth, MaxWidth);
    }
}
