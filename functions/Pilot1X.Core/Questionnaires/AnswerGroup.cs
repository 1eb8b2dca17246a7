namespace Pilot1X.Core.Questionnaires;

/// <summary>
/// Identical answers of one export, counted: the school, role and certificate cells exactly as typed (trimmed). Kept as
/// typed so the same export can be counted again against a newer roster without reading the file again.
/// </summary>
/// <param name="School">The school as the respondent typed it.</param>
/// <param name="Role">The role cell (教师, 学生, 老师…).</param>
/// <param name="Certificates">The certificate cell: one certificate, or several joined as the platform joins choices (┋).</param>
/// <param name="Count">How many answers had exactly these three cells.</param>
public sealed record AnswerGroup(string School, string Role, string Certificates, int Count);
