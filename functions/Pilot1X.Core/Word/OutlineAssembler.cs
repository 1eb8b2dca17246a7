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
        var topLevel = TopLevel(views, titleIndex);
        var styleMarksSections = StyleMarksSections(views, titleIndex, topLevel);
        int? lastNumber = null;
        var sections = new List<OutlineSection>();
        string? heading = null;
        var sectionChars = 0;
        var total = 0;
        var leading = new List<string>(MaxLeadingTexts);
        var passages = new PassageCollector();
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
                passages.Add(-1, view);
                continue;
            }

            if (IsTop(view, topLevel) && (!styleMarksSections || view.FromStyle || ContinuesNumbering(view, lastNumber, sections.Count + (heading is null ? 0 : 1))))
            {
                lastNumber = HeadingPatterns.LeadingNumber(view.Displayed);
                Close(sections, heading, sectionChars);
                heading = view.Displayed;
                sectionChars = 0;
            }
            else if (heading is not null && !view.IsToc)
            {
                sectionChars += view.Paragraph.Chars;
            }

            if (!view.IsToc)
            {
                // The section being read: those closed so far, plus the open one.
                passages.Add(sections.Count + (heading is null ? 0 : 1) - 1, view);
            }
        }

        Close(sections, heading, sectionChars);
        var title = titleIndex >= 0 ? views[titleIndex].Text : null;
        return new WordOutline(title, sections, total, CaptionMatcher.Match(views), leading) { Passages = passages.Passages };
    }

    private static void Close(List<OutlineSection> sections, string? heading, int chars)
    {
        if (heading is not null)
        {
            sections.Add(new OutlineSection(heading, HeadingPatterns.StripNumber(heading), chars));
        }
    }

    /// <summary>
    /// The heading level that makes sections: 1, or — when the title took the only level-1 heading and the
    /// sections sit one level lower (Heading 2) — the highest level present.
    /// </summary>
    private static int TopLevel(ParagraphView[] views, int titleIndex)
    {
        var highest = int.MaxValue;
        for (var i = 0; i < views.Length; i++)
        {
            if (i != titleIndex && views[i].Level is { } level)
            {
                if (level == 1)
                {
                    return 1;
                }

                highest = Math.Min(highest, level);
            }
        }

        return highest == int.MaxValue ? 1 : highest;
    }

    /// <summary>Whether styles or outline levels mark the sections (then numbering alone must continue their sequence).</summary>
    private static bool StyleMarksSections(ParagraphView[] views, int titleIndex, int topLevel)
    {
        for (var i = 0; i < views.Length; i++)
        {
            if (i != titleIndex && views[i].FromStyle && views[i].Level == topLevel)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// In a styled document, a typed "三、…" is a section only when it is bold and continues the section
    /// numbers (after "二、"), so a short numbered list inside a section is not mistaken for one.
    /// </summary>
    private static bool ContinuesNumbering(ParagraphView view, int? lastNumber, int sectionsSoFar)
    {
        var number = HeadingPatterns.LeadingNumber(view.Displayed);
        return view.Paragraph.Bold && number is not null && (lastNumber is { } last ? number == last + 1 : sectionsSoFar == 0 && number == 1);
    }

    /// <summary>A top-level heading; below level 1, typed sub-heading numbers ("（一）", "1.") never qualify.</summary>
    private static bool IsTop(ParagraphView view, int topLevel) =>
        view.Level == topLevel && (topLevel == 1 || HeadingPatterns.LevelOf(view.Displayed) is null or 1);

    /// <summary>
    /// The title among the title-like paragraphs before the first top-level heading: a Title-style paragraph,
    /// else one naming the report/case (报告, 案例), else the first centred bold one; -1 when there is none.
    /// </summary>
    private static int FindTitle(ParagraphView[] views)
    {
        int titleStyle = -1, naming = -1, centredBold = -1;
        for (var i = 0; i < views.Length; i++)
        {
            var view = views[i];
            if (view.Text.Length == 0 || view.IsToc || view.Paragraph.Nested || view.Paragraph.InTable)
            {
                continue;
            }

            if (IsTitleLike(view))
            {
                if (view.Paragraph.Style.Role == StyleRole.Title && titleStyle < 0) { titleStyle = i; }
                if (NamesMaterial(view) && naming < 0) { naming = i; }
                if (view.Paragraph.Centered && view.Paragraph.Bold && centredBold < 0) { centredBold = i; }
                continue;
            }

            if (view.Level == 1)
            {
                break;
            }
        }

        return titleStyle >= 0 ? titleStyle : naming >= 0 ? naming : centredBold;
    }

    private static bool NamesMaterial(ParagraphView view) =>
        view.Paragraph.Chars <= MaxTitleChars
        && (view.Text.Contains("报告", StringComparison.Ordinal) || view.Text.Contains("案例", StringComparison.Ordinal));

    private static bool IsTitleLike(ParagraphView view)
    {
        var paragraph = view.Paragraph;
        if (HeadingPatterns.LevelOf(view.Displayed) is not null || view.IsCaption)
        {
            return false;
        }

        return paragraph.Style.Role == StyleRole.Title || (paragraph.Centered && paragraph.Bold) || NamesMaterial(view);
    }
}
