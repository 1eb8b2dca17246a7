using Pilot1X.Core.Attribution;

namespace Pilot1X.Core.Questionnaires;

/// <summary>Reads a role answer as respondents and platforms write it: 教师, 老师, 专任教师, A.学生, 学员, 在校生…</summary>
public static class RespondentRoles
{
    private static readonly string[] StudentWords = ["学生", "学员", "在校生", "同学"];
    private static readonly string[] TeacherWords = ["教师", "老师", "教员", "教职工", "导师", "讲师", "教授"];

    public static RespondentRole Parse(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = NameNormalizer.Normalize(answer);
        return StudentWords.Any(w => text.Contains(w, StringComparison.Ordinal)) ? RespondentRole.Student
            : TeacherWords.Any(w => text.Contains(w, StringComparison.Ordinal)) ? RespondentRole.Teacher
            : RespondentRole.Other;
    }
}
