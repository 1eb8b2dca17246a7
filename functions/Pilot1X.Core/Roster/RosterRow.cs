namespace Pilot1X.Core.Roster;

/// <summary>One row of the roster table as the office sees it in Excel: its row number (for error messages) and its cells by column.</summary>
/// <param name="Number">1-based row number as Excel shows it.</param>
/// <param name="Cells">Cell texts by 0-based column; missing cells are empty strings.</param>
internal sealed record RosterRow(int Number, IReadOnlyList<string> Cells)
{
    internal string this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : string.Empty;

    internal bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
