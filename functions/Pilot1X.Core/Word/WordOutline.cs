namespace Pilot1X.Core.Word;

/// <summary>
/// What the checks need from a Word report, read once: the title, the top-level sections, the 字数 and
/// the pictures with their captions; the templates and the material classifier work on this alone.
/// </summary>
/// <param name="Title">The document title (e.g. "XX学院1+X证书制度试点工作总结报告"), if any.</param>
/// <param name="Sections">Top-level sections in document order (no sub-headings, title, TOC or captions).</param>
/// <param name="Chars">Word-compatible 字数 of the whole main body.</param>
/// <param name="Pictures">Pictures in document order.</param>
/// <param name="LeadingText">The first (at most five) non-empty paragraph texts, to classify documents by content.</param>
public sealed record WordOutline(
    string? Title,
    IReadOnlyList<OutlineSection> Sections,
    int Chars,
    IReadOnlyList<WordPicture> Pictures,
    IReadOnlyList<string> LeadingText)
{
    /// <summary>The body text in document order, paragraph by paragraph and table row by table row (TOC entries left out).</summary>
    public IReadOnlyList<OutlinePassage> Passages { get; init; } = [];

    /// <summary>Number of pictures.</summary>
    public int Images => Pictures.Count;

    /// <summary>Number of pictures that have a caption.</summary>
    public int CaptionedImages => Pictures.Count(p => p.Caption is not null);
}
