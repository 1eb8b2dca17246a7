namespace Pilot1X.Samples;

/// <summary>One respondent's answer as a questionnaire platform exports it: the three who-answered questions, as typed.</summary>
/// <param name="School">学校 as typed (abbreviations, trailing spaces and unknown schools included).</param>
/// <param name="Role">身份 as chosen or typed: 教师, 学生, 老师…</param>
/// <param name="Certificates">参与的1+X证书; several choices joined with 问卷星's “┋”.</param>
public sealed record QuestionnaireAnswer(string School, string Role, string Certificates);
