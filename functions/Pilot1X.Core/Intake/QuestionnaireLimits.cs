namespace Pilot1X.Core.Intake;

/// <summary>
/// Bounds on what is read from one questionnaire export (.xlsx or .csv), counted while it streams: a real export of a
/// province-wide questionnaire has tens of thousands of rows of a few dozen short cells; far beyond that the file is
/// refused rather than read to the end.
/// </summary>
public sealed record QuestionnaireLimits
{
    /// <summary>Answer rows: the whole province's teachers and students answering twice over.</summary>
    public int MaxRows { get; init; } = 500_000;

    /// <summary>Cells of all rows together.</summary>
    public long MaxCells { get; init; } = 20_000_000;

    /// <summary>Characters of text read from the file (a CSV counts every character, quoted or not).</summary>
    public long MaxChars { get; init; } = 200_000_000;

    public static QuestionnaireLimits Default { get; } = new();
}
