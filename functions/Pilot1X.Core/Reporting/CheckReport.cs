namespace Pilot1X.Core.Reporting;

/// <summary>The result of a check: every roster institution, the files nobody could be found for, the inputs ignored.</summary>
public sealed record CheckReport(
    DateTimeOffset AsOf,
    DateTimeOffset Deadline,
    IReadOnlyList<InstitutionReport> Institutions,
    IReadOnlyList<UnassignedFile> Unassigned,
    IReadOnlyList<IgnoredInput> Ignored)
{
    public const string Schema = "pilot1x.check/1";

    /// <summary>The questionnaire exports counted; null when the check had none and the roster lists no certificates.</summary>
    public QuestionnaireSummary? Questionnaires { get; init; }
}
