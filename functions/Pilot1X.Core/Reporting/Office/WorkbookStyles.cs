using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>The workbook's few cell formats: plain, bold header, and the three status colours.</summary>
internal static class WorkbookStyles
{
    public const uint Plain = 0;
    public const uint Header = 1;
    public const uint Green = 2;
    public const uint Amber = 3;
    public const uint Red = 4;

    /// <summary>Fill colours (ARGB) by status: 齐全 green, 未齐全 amber, 未交 red.</summary>
    public const string GreenRgb = "FFC6EFCE";
    public const string AmberRgb = "FFFFEB9C";
    public const string RedRgb = "FFFFC7CE";
    private const string HeaderRgb = "FFD9E1F2";

    public static uint Of(OfficeStatus status) => status switch
    {
        OfficeStatus.Complete => Green,
        OfficeStatus.Incomplete => Amber,
        _ => Red,
    };

    public static Stylesheet Create() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid(HeaderRgb), Solid(GreenRgb), Solid(AmberRgb), Solid(RedRgb)) { Count = 6 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(0, 0),
            Format(1, 2),
            Format(0, 3),
            Format(0, 4),
            Format(0, 5)) { Count = 5 });

    private static Fill Solid(string rgb) => new(new PatternFill(
        new ForegroundColor { Rgb = HexBinaryValue.FromString(rgb) },
        new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static CellFormat Format(uint font, uint fill) => new(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
    {
        FontId = font,
        FillId = fill,
        BorderId = 0,
        FormatId = 0,
        ApplyFont = font != 0,
        ApplyFill = fill != 0,
        ApplyAlignment = true,
    };
}
