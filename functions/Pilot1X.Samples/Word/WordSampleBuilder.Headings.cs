using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pilot1X.Samples;

public sealed partial class WordSampleBuilder
{
    private static readonly string[] ChineseNumbers = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    /// <summary>
    /// Adds a heading titled <paramref name="title"/> (without number) at <paramref name="level"/> (1–4), numbered
    /// and marked the way this builder's <see cref="HeadingRepresentation"/> says.
    /// </summary>
    public WordSampleBuilder Heading(string title, int level = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 4);
        headingCounters[level - 1]++;
        for (var deeper = level; deeper < headingCounters.Length; deeper++)
        {
            headingCounters[deeper] = 0;
        }

        var n = headingCounters[level - 1];
        var typed = TypedNumber(level, n) + title;
        if (level == 1)
        {
            tocEntries.Add(typed);
        }

        var paragraph = HeadingParagraph(title, typed, level, n);
        return Add(_ => [paragraph.CloneNode(true)]);
    }

    private Paragraph HeadingParagraph(string title, string typed, int level, int n)
    {
        if (level > 2)
        {
            return SampleElements.Paragraph(typed, bold: level == 3);
        }

        var numbering = (SampleStyles.HeadingNumbering, level - 1);
        var headingStyle = level == 1 ? SampleStyles.Heading1 : SampleStyles.Heading2;
        return headings switch
        {
            HeadingRepresentation.HeadingStyle => SampleElements.Paragraph(typed, headingStyle),
            HeadingRepresentation.HeadingStyleNumbered => SampleElements.Paragraph(title, headingStyle, numbering: numbering),
            HeadingRepresentation.OutlineLevelOnly => SampleElements.Paragraph(typed, outlineLevel: level - 1),
            HeadingRepresentation.AutomaticNumbering => SampleElements.Paragraph(title, bold: true, numbering: numbering),
            HeadingRepresentation.AutomaticNumberingFromStyle =>
                SampleElements.Paragraph(title, level == 1 ? SampleStyles.NumberedLevel1 : SampleStyles.NumberedLevel2),
            HeadingRepresentation.Mixed when level == 1 && n % 2 == 1 => SampleElements.Paragraph(typed, headingStyle),
            _ => SampleElements.Paragraph(typed, bold: true),
        };
    }

    private static string TypedNumber(int level, int n)
    {
        var chinese = n < ChineseNumbers.Length ? ChineseNumbers[n] : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return level switch
        {
            1 => chinese + "、",
            2 => "（" + chinese + "）",
            3 => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".",
            _ => "（" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "）",
        };
    }

    /// <summary>Adds a centred picture paragraph and, unless <paramref name="kind"/> is None, its caption "图N …" below (or above).</summary>
    public WordSampleBuilder Picture(PictureEncoding encoding = PictureEncoding.Drawing, string? caption = "学生参加证书考核",
        CaptionKind kind = CaptionKind.Style, bool captionAbove = false)
    {
        var number = ++pictures;
        return Add(context =>
        {
            var picture = new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                SampleElements.Picture(encoding, context.ImageRelationshipId(), (uint)number));
            var text = $"图{number} {caption}";
            var captionParagraph = kind switch
            {
                CaptionKind.Style => SampleElements.Paragraph(text, SampleStyles.Caption, centred: true),
                CaptionKind.PlainText => SampleElements.Paragraph(text, centred: true),
                CaptionKind.SequenceField => SequenceCaption(number, caption ?? string.Empty),
                _ => null,
            };

            if (kind == CaptionKind.SameParagraph)
            {
                picture.Append(new Run(new Break()), SampleElements.Run(text));
            }

            OpenXmlElement[] result = captionParagraph is null ? [picture]
                : captionAbove ? [captionParagraph, picture] : [picture, captionParagraph];
            return result;
        });
    }

    private static Paragraph SequenceCaption(int number, string caption)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        paragraph.Append(SampleElements.Run("图"));
        paragraph.Append(SampleElements.Field(" SEQ 图 \\* ARABIC ", number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        paragraph.Append(SampleElements.Run(" " + caption));
        return paragraph;
    }
}
