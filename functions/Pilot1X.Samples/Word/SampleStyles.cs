using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pilot1X.Samples;

/// <summary>
/// The styles and numbering a Chinese Word installation writes: heading styles with ids "1"/"2" named
/// "heading 1"/"heading 2", Title "a3", Caption "a5", TOC "10", and custom numbered styles "a6"/"a7".
/// </summary>
internal static class SampleStyles
{
    public const string Normal = "a";
    public const string Heading1 = "1";
    public const string Heading2 = "2";
    public const string Title = "a3";
    public const string Caption = "a5";
    public const string Toc1 = "10";
    public const string NumberedLevel1 = "a6";
    public const string NumberedLevel2 = "a7";
    public const int HeadingNumbering = 1;

    public static Styles Create()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", EastAsia = "仿宋_GB2312", HighAnsi = "Times New Roman" },
                    new FontSize { Val = "32" })),
                new ParagraphPropertiesDefault()),
            Paragraph(Normal, "Normal", null, isDefault: true),
            Paragraph(Heading1, "heading 1", Normal, outline: 0, bold: true),
            Paragraph(Heading2, "heading 2", Normal, outline: 1, bold: true),
            Paragraph(Title, "Title", Normal, bold: true, centred: true),
            Paragraph(Caption, "caption", Normal),
            Paragraph(Toc1, "toc 1", Normal),
            Paragraph(NumberedLevel1, "一级标题", Normal, bold: true, numbering: (HeadingNumbering, 0)),
            Paragraph(NumberedLevel2, "二级标题", Normal, bold: true, numbering: (HeadingNumbering, 1)));
        return styles;
    }

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault = false, int? outline = null,
        bool bold = false, bool centred = false, (int NumId, int Level)? numbering = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        var paragraph = new StyleParagraphProperties();
        if (numbering is { } n)
        {
            paragraph.Append(new NumberingProperties(new NumberingLevelReference { Val = n.Level }, new NumberingId { Val = n.NumId }));
        }

        if (centred)
        {
            paragraph.Append(new Justification { Val = JustificationValues.Center });
        }

        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        style.Append(paragraph);
        if (bold)
        {
            style.Append(new StyleRunProperties(new Bold()));
        }

        return style;
    }

    /// <summary>Numbering: list 1 for headings (level 0 configurable, 1 "（%1）" chineseCounting, 2 "%1." decimal).</summary>
    public static Numbering CreateNumbering(string format, string levelText, int start) =>
        new(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.Multilevel },
                Level(0, format, levelText, start),
                Level(1, "chineseCounting", "（%2）", 1),
                Level(2, "decimal", "%3.", 1))
            { AbstractNumberId = 7 },
            new NumberingInstance(new AbstractNumId { Val = 7 }) { NumberID = HeadingNumbering });

    private static Level Level(int ilvl, string format, string text, int start) =>
        new(
            new StartNumberingValue { Val = start },
            new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(format)) },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left })
        { LevelIndex = ilvl };
}
