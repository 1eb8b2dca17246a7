namespace Pilot1X.Samples;

/// <summary>How a sample marks its headings — each is how some real Chinese Word/WPS file does it.</summary>
public enum HeadingRepresentation
{
    /// <summary>Chinese Word heading styles (style ids "1"/"2", names "heading 1"/"heading 2"), number typed in the text.</summary>
    HeadingStyle,

    /// <summary>Chinese Word heading styles plus automatic numbering on the paragraph (no "一、" in the text), like Word's multilevel list.</summary>
    HeadingStyleNumbered,

    /// <summary>Plain paragraphs with only <c>w:outlineLvl</c> in their properties, number typed.</summary>
    OutlineLevelOnly,

    /// <summary>Plain bold paragraphs with automatic numbering (<c>w:numPr</c> → chineseCounting "%1、").</summary>
    AutomaticNumbering,

    /// <summary>Custom non-heading styles that carry the automatic numbering (inherited through the style).</summary>
    AutomaticNumberingFromStyle,

    /// <summary>Plain bold paragraphs with the number typed ("一、", "（一）").</summary>
    TypedBold,

    /// <summary>Level-1 headings alternate between heading style and typed bold; sub-headings typed bold.</summary>
    Mixed,
}
