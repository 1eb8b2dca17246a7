namespace Pilot1X.Core.Word;

/// <summary>
/// A piece of the report's text as a reader takes it in: a paragraph, or a whole table row (its cells joined by
/// <see cref="CellSeparator"/>), so that what one row or one paragraph says can be tied together.
/// </summary>
/// <param name="Section">Index into <see cref="WordOutline.Sections"/> of the section it belongs to (a heading belongs to its own section); -1 before the first section.</param>
/// <param name="Text">The text.</param>
/// <param name="IsTableRow">A table row rather than a paragraph.</param>
public sealed record OutlinePassage(int Section, string Text, bool IsTableRow)
{
    /// <summary>Separates the cells of a table row in <see cref="Text"/>.</summary>
    public const char CellSeparator = '|';
}
