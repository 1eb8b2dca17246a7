namespace Pilot1X.Core.Word;

/// <summary>
/// Turns body paragraphs into a <see cref="WordOutline"/>: finds the title, decides which paragraphs are
/// top-level headings (style/outline level first, numbering otherwise), sums 字数 per section and pairs
/// pictures with their captions.
/// </summary>
internal static class OutlineAssembler
{
    private const int MaxLeadingTexts = 5;
    private const int MaxTitleChars = 60;
    private const int MaxLeadingLength = 200;

    public static WordOutline Assemble(IReadOnlyList<BodyParagraph> paragraphs)
    {
        var views = new ParagraphView[paragraphs.Count];
        for (var i = 0; i < views.Length; i++)
        {
            views[i] = ParagraphView.Of(paragraphs[i]);
        }

        var titleIndex = FindTitle(views);
        var sections = new List<OutlineSection>();
        string? heading = null;
        var sectionChars = 0;
        var total = 0;
        var leading = new List<string>(MaxLeadingTexts);
        for (var i = 0; i < views.Length; i++)
        {
            var view = views[i];
            total += view.Paragraph.Chars;
            if (leading.Count < MaxLeadingTexts && view.Text.Length > 0)
            {
                leading.Add(view.Text.Length <= MaxLeadingLength ? view.Text : view.Text[..MaxLeadingLength]);
            }

            if (i == titleIndex)
            {
                continue;
            }

            if (view.Level == 1)
            {
                Close(sections, heading, sectionChars);
                heading = view.Displayed;
                sectionChars = 0;
            }
            else if (heading is not null && !view.IsToc)
            {
                sectionChars += view.Paragraph.Chars;
            }
        }

        Close(sections, heading, sectionChars);
        var title = titleIndex >= 0 ? views[titleIndex].Text : null;
        return new WordOutline(title, sections, total, CaptionMatcher.Match(views), leading);
    }

    private static void Close(List<OutlineSection> sections, string? heading, int chars)
    {
        if (heading is not null)
        {
            sections.Add(new OutlineSection(heading, HeadingPatterns.StripNumber(heading), chars));
        }
    }

    /// <summary>The first title-like paragraph before the first top-level heading, or -1.</summary>
    private static int FindTitle(ParagraphView[] views)
    {
        for (var i = 0; i < views.Length; i++)
        {
            var view = views[i];
            if (view.Text.Length == 0 || view.IsToc || view.Paragraph.Nested || view.Paragraph.InTable)
            {
                continue;
            }

            if (IsTitleLike(view))
            {
                return i;
            }

            if (view.Level == 1)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsTitleLike(ParagraphView view)
    {
        var paragraph = view.Paragraph;
        if (HeadingPatterns.LevelOf(view.Displayed) is not null || view.IsCaption)
        {
            return false;
        }

        return paragraph.Style.Role == StyleRole.Title
            || (paragraph.Centered && paragraph.Bold)
            || (paragraph.Chars <= MaxTitleChars
                && (view.Text.Contains("报告", StringComparison.Ordinal) || view.Text.Contains("案例", StringComparison.Ordinal)));
    }
}
