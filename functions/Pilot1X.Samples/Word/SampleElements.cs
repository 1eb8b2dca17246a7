using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using V = DocumentFormat.OpenXml.Vml;

namespace Pilot1X.Samples;

/// <summary>Paragraph, run, field and picture markup as Word writes it.</summary>
internal static class SampleElements
{
    /// <summary>Runs of at most this many characters, as Word splits text by editing session (rsid).</summary>
    private const int RunLength = 48;

    public static Paragraph Paragraph(string text, string? styleId = null, bool bold = false, bool centred = false,
        int? outlineLevel = null, (int NumId, int Level)? numbering = null)
    {
        var properties = new ParagraphProperties();
        if (styleId is not null)
        {
            properties.Append(new ParagraphStyleId { Val = styleId });
        }

        if (numbering is { } n)
        {
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = n.Level }, new NumberingId { Val = n.NumId }));
        }

        properties.Append(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact });
        if (!centred && styleId is null)
        {
            properties.Append(new Indentation { FirstLineChars = 200, FirstLine = "640" });
        }

        if (centred)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }

        if (outlineLevel is { } level)
        {
            properties.Append(new OutlineLevel { Val = level });
        }

        var paragraph = new Paragraph(properties)
        {
            RsidParagraphAddition = Rsid(text, 1),
            RsidParagraphProperties = Rsid(text, 2),
            RsidRunAdditionDefault = Rsid(text, 3),
        };
        for (var i = 0; i < text.Length; i += RunLength)
        {
            var run = Run(text.Substring(i, Math.Min(RunLength, text.Length - i)), bold);
            run.RsidRunProperties = Rsid(text, 4 + i);
            paragraph.Append(run);
        }

        return paragraph;
    }

    /// <summary>A revision-session id like Word's (8 hex digits), derived from the text so samples are reproducible.</summary>
    private static string Rsid(string text, int salt)
    {
        var hash = 2166136261u ^ (uint)salt;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (hash & 0x00FFFFFF).ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Run Run(string text, bool bold = false)
    {
        var properties = new RunProperties(new RunFonts { Hint = FontTypeHintValues.EastAsia, Ascii = "仿宋_GB2312", EastAsia = "仿宋_GB2312" });
        if (bold)
        {
            properties.Append(new Bold());
        }

        properties.Append(new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A complex field: begin, instruction, separate, result, end.</summary>
    public static IEnumerable<Run> Field(string instruction, string result) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text(result)),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    public static Run Picture(PictureEncoding encoding, string relationshipId, uint id) => encoding switch
    {
        PictureEncoding.Vml => new Run(Vml(relationshipId, id)),
        PictureEncoding.AlternateContent => new Run(new AlternateContent(
            new AlternateContentChoice(Drawing(relationshipId, id)) { Requires = "wps" },
            new AlternateContentFallback(Vml(relationshipId, id)))),
        _ => new Run(Drawing(relationshipId, id)),
    };

    private static Drawing Drawing(string relationshipId, uint id)
    {
        const long cx = 4320000, cy = 2700000;
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.DocProperties { Id = id, Name = $"图片 {id}" },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"image{id}.png" },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }

    private static Picture Vml(string relationshipId, uint id) =>
        new(new V.Shape(new V.ImageData { RelationshipId = relationshipId, Title = string.Empty })
        {
            Id = $"_x0000_i10{id:00}",
            Type = "#_x0000_t75",
            Style = "width:340pt;height:212.6pt",
        });
}
