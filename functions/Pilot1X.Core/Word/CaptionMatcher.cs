namespace Pilot1X.Core.Word;

/// <summary>
/// Pairs each picture with its caption: text after the picture in its own paragraph, else the next
/// non-empty paragraph, else the previous one, when that paragraph is a caption (题注 style, SEQ field,
/// or text starting "图N"). A caption serves one picture paragraph only.
/// </summary>
internal static class CaptionMatcher
{
    public static List<WordPicture> Match(ParagraphView[] views)
    {
        var pictures = new List<WordPicture>();
        var used = new bool[views.Length];
        for (var i = 0; i < views.Length; i++)
        {
            var paragraph = views[i].Paragraph;
            if (paragraph.Pictures == 0)
            {
                continue;
            }

            var caption = SameParagraph(views[i]) ?? Neighbour(views, used, i, +1) ?? Neighbour(views, used, i, -1);
            for (var k = 0; k < paragraph.Pictures; k++)
            {
                pictures.Add(new WordPicture(pictures.Count + 1, caption));
            }
        }

        return pictures;
    }

    private static string? SameParagraph(ParagraphView view)
    {
        var paragraph = view.Paragraph;
        var after = paragraph.Text.AsSpan(Math.Min(paragraph.FirstPictureAt, paragraph.Text.Length)).Trim();
        if (after.IsEmpty)
        {
            return null;
        }

        var isCaption = paragraph.Style.Role == StyleRole.Caption || paragraph.HasSequenceField
            || HeadingPatterns.StartsLikeFigureCaption(after);
        return isCaption ? after.ToString() : null;
    }

    private static string? Neighbour(ParagraphView[] views, bool[] used, int index, int step)
    {
        for (var j = index + step; j >= 0 && j < views.Length; j += step)
        {
            var view = views[j];
            if (view.Paragraph.Pictures > 0)
            {
                return null;
            }

            if (view.Text.Length == 0)
            {
                continue;
            }

            var isCaption = view.Paragraph.Style.Role == StyleRole.Caption || view.Paragraph.HasSequenceField
                || HeadingPatterns.StartsLikeFigureCaption(view.Text);
            if (!isCaption || used[j])
            {
                return null;
            }

            used[j] = true;
            return view.Text;
        }

        return null;
    }
}
