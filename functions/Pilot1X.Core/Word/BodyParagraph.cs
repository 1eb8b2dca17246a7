using System.Text;

namespace Pilot1X.Core.Word;

/// <summary>One paragraph of the main body as read from document.xml, with what heading detection needs.</summary>
internal sealed class BodyParagraph
{
    private readonly StringBuilder text = new();
    private int textRuns;
    private int boldTextRuns;

    public string? StyleId { get; set; }
    public int? DirectOutlineLevel { get; set; }
    public int? DirectNumId { get; set; }
    public int? DirectIlvl { get; set; }
    public bool? DirectCentered { get; set; }

    /// <summary>Inside a table cell.</summary>
    public bool InTable { get; init; }

    /// <summary>The table row it sits in (numbered through the document from 1), 0 outside tables: cells of one row are read together.</summary>
    public int TableRow { get; init; }

    /// <summary>Inside a text box or another paragraph (never a heading).</summary>
    public bool Nested { get; init; }

    /// <summary>A table-of-contents entry (TOC field or TOC content control).</summary>
    public bool InToc { get; set; }

    /// <summary>Contains a <c>SEQ</c> field (Word's inserted caption).</summary>
    public bool HasSequenceField { get; set; }

    /// <summary>Pictures anchored in this paragraph.</summary>
    public int Pictures { get; private set; }

    /// <summary>Offset in <see cref="Text"/> where the first picture sits.</summary>
    public int FirstPictureAt { get; private set; }

    /// <summary>The rendered automatic number ("一、"), if the paragraph is numbered.</summary>
    public string? Number { get; set; }

    public ResolvedStyle Style { get; set; } = ResolvedStyle.Plain;

    /// <summary>Bold of the run being read (<c>w:b</c>), null when the run does not say.</summary>
    public bool? RunBold { get; set; }

    /// <summary>Bold of the run's character style, null when it does not say.</summary>
    public bool? RunStyleBold { get; set; }

    public string Text { get; private set; } = string.Empty;

    public int Chars { get; private set; }

    /// <summary>Every run carrying visible text is bold (run, character style or paragraph style).</summary>
    public bool Bold => textRuns > 0 && boldTextRuns == textRuns;

    public bool Centered => DirectCentered ?? Style.Centered;

    public void Append(string value) => text.Append(value);

    public void Append(char value) => text.Append(value);

    public void CountRun(bool bold)
    {
        textRuns++;
        if (bold)
        {
            boldTextRuns++;
        }
    }

    public void AddPicture()
    {
        if (Pictures == 0)
        {
            FirstPictureAt = text.Length;
        }

        Pictures++;
    }

    /// <summary>Fixes the text once the paragraph has ended.</summary>
    public void Complete()
    {
        Text = text.ToString();
        Chars = WordCharCounter.Count(Text);
    }
}
