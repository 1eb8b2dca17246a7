namespace Pilot1X.Core.Reporting.Office;

/// <summary>
/// Makes submitted text safe for a spreadsheet: text a spreadsheet (or a CSV export of it) could read as a formula
/// — starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return — gets a leading apostrophe.
/// The workbook writes every such value as a string cell as well, never as a formula.
/// </summary>
public static class CellText
{
    public static bool LooksLikeFormula(string text) =>
        !string.IsNullOrEmpty(text) && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    public static string Safe(string? text) => text is null ? string.Empty : LooksLikeFormula(text) ? "'" + text : text;
}
