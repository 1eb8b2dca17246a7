using Pilot1X.Core.Questionnaires;

namespace Pilot1X.Core.Reporting;

/// <summary>The contract's top-level <c>questionnaires</c> object: the exports counted and their answers.</summary>
/// <param name="Files">Display paths of the exports counted (the newest of each questionnaire).</param>
/// <param name="Answers">Answers in those exports.</param>
/// <param name="UnmatchedSchools">Schools typed in answers that are on no roster row, with their answers.</param>
public sealed record QuestionnaireSummary(IReadOnlyList<string> Files, int Answers, IReadOnlyList<UnmatchedSchool> UnmatchedSchools)
{
    /// <summary>The exports counted, in the order of <see cref="Files"/> (the pipeline stores them).</summary>
    public IReadOnlyList<CountedExport> Exports { get; init; } = [];

    /// <summary>Answers whose school is on no roster row.</summary>
    public int Unmatched => UnmatchedSchools.Sum(s => s.Answers);
}
