namespace Pilot1X.Core.Questionnaires;

/// <summary>One questionnaire export as read: which questionnaire it is, and its answers counted by what was typed.</summary>
/// <param name="Signature">Identifies the questionnaire by its header (the question texts): a newer export of the same questionnaire shares it.</param>
/// <param name="Headers">The header cells as the platform wrote them.</param>
/// <param name="Answers">Answer rows read.</param>
/// <param name="Groups">The answers grouped by school, role and certificate as typed.</param>
/// <param name="LatestAnswerAt">The latest 提交答卷时间 in the export (China Standard Time), when the platform wrote one.</param>
public sealed record QuestionnaireExport(
    string Signature,
    IReadOnlyList<string> Headers,
    int Answers,
    IReadOnlyList<AnswerGroup> Groups,
    DateTimeOffset? LatestAnswerAt);
