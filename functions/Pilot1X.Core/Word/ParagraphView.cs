namespace Pilot1X.Core.Word;

/// <summary>A body paragraph as outline detection sees it: displayed text, role and heading level.</summary>
/// <param name="FromStyle">The level comes from a style or <c>w:outlineLvl</c>, not from numbering.</param>
internal sealed record ParagraphView(BodyParagraph Paragraph, string Text, string Displayed, bool IsToc, bool IsCaption, int? Level, bool FromStyle)
{
    public static ParagraphView Of(BodyParagraph paragraph)
    {
        var text = paragraph.Text.Trim();
        var displayed = paragraph.Number is { Length: > 0 } number ? number + text : text;
        var isToc = paragraph.InToc || paragraph.Style.Role == StyleRole.Toc;
        var isCaption = paragraph.Style.Role == StyleRole.Caption || paragraph.HasSequenceField
            || HeadingPatterns.StartsLikeCaption(text);
        int? level = null;
        var fromStyle = false;
        if (text.Length > 0 && !isToc && !isCaption && !paragraph.InTable && !paragraph.Nested)
        {
            level = paragraph.DirectOutlineLevel is { } outline
                ? (outline is >= 0 and <= 8 ? outline + 1 : null)
                : paragraph.Style.Level;
            fromStyle = level is not null;
            if (level is null && HeadingPatterns.LooksLikeHeading(displayed, paragraph.Chars, paragraph.Bold))
            {
                level = HeadingPatterns.LevelOf(displayed);
            }
        }

        return new ParagraphView(paragraph, text, displayed, isToc, isCaption, level, fromStyle);
    }
}
