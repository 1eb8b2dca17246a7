using System.Text.RegularExpressions;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Questionnaires;

/// <summary>
/// Finds the columns of a questionnaire export by what their question texts mean, because every platform and every
/// questionnaire words them differently (“1、您所在学校的全称：”, “单位名称”, “您的身份”, “3、您参与的1+X证书：”).
/// </summary>
/// <param name="SubmittedAt">The platform's submission time column (问卷星: 提交答卷时间), or -1.</param>
internal sealed partial record QuestionnaireColumns(int HeaderIndex, int School, int Role, int Certificate, int SubmittedAt)
{
    /// <summary>A header row is looked for among the first rows only: platforms put at most a title above it.</summary>
    private const int HeaderSearchRows = 5;

    private static readonly string[] SchoolWords = ["学校", "单位", "院校", "校名"];
    private static readonly string[] RoleWords = ["身份", "角色", "您是", "人员类型", "人员类别"];
    private static readonly string[] CertificateWords = ["证书"];

    /// <summary>Columns only online questionnaire platforms write: they tell an export from any other table.</summary>
    private static readonly string[] PlatformWords = ["提交答卷时间", "所用时间", "来自ip", "来源详情", "答题时间", "提交时间", "答卷编号"];

    private static readonly string[] SubmittedWords = ["提交答卷时间", "提交时间", "答题时间"];

    /// <summary>
    /// The columns, from the first of the leading rows that has all three; null when no leading row looks like a
    /// questionnaire at all (a roster, a budget sheet). Throws when a row looks like one but a column is missing.
    /// </summary>
    internal static QuestionnaireColumns? Locate(IReadOnlyList<RosterRow> leadingRows)
    {
        RosterRow? lookalike = null;
        for (var i = 0; i < leadingRows.Count && i < HeaderSearchRows; i++)
        {
            var headers = leadingRows[i].Cells.Select(Clean).ToList();
            var (school, role, certificate) = (-1, -1, -1);
            Assign(headers, ref school, ref role, ref certificate);
            if (school >= 0 && role >= 0 && certificate >= 0)
            {
                return new QuestionnaireColumns(i, school, role, certificate, headers.FindIndex(h => SubmittedWords.Any(h.StartsWith)));
            }

            if (lookalike is null && (school >= 0 || role >= 0 || certificate >= 0) && LooksLikeQuestionnaire(leadingRows[i].Cells, headers))
            {
                lookalike = leadingRows[i];
            }
        }

        return lookalike is null ? null : throw NotUnderstood(lookalike);
    }

    /// <summary>The header as compared: normalised, without the question number, annotations such as “（单选题）” and the colon.</summary>
    internal static string Clean(string header)
    {
        var text = NameNormalizer.Normalize(header);
        text = QuestionNumber().Replace(text, string.Empty);
        text = Annotation().Replace(text, string.Empty);
        return text.Trim('*', ':', '：', '?', '？', '.', '。');
    }

    // Columns naming one meaning only are taken first, so “您所在学校参与的证书” never takes the place of a plain
    // “您的学校”; a column is used once, the leftmost wins (platforms put who-answered questions first).
    private static void Assign(List<string> headers, ref int school, ref int role, ref int certificate)
    {
        foreach (var single in new[] { true, false })
        {
            for (var column = 0; column < headers.Count; column++)
            {
                var h = headers[column];
                var (s, r, c) = (Has(h, SchoolWords), Has(h, RoleWords) || (h.Contains("教师", StringComparison.Ordinal) && h.Contains("学生", StringComparison.Ordinal)), Has(h, CertificateWords));
                if (single != ((s ? 1 : 0) + (r ? 1 : 0) + (c ? 1 : 0) == 1) || column == school || column == role || column == certificate)
                {
                    continue;
                }

                if (r && role < 0)
                {
                    role = column;
                }
                else if (s && school < 0)
                {
                    school = column;
                }
                else if (c && certificate < 0)
                {
                    certificate = column;
                }
            }
        }
    }

    private static bool Has(string header, string[] words) => words.Any(w => header.Contains(w, StringComparison.Ordinal));

    private static bool LooksLikeQuestionnaire(IReadOnlyList<string> raw, List<string> headers) =>
        headers.Exists(h => Has(h, PlatformWords))
        || raw.Any(h => QuestionNumber().IsMatch(NameNormalizer.Normalize(h)))
        || headers.Exists(h => h.Contains('您', StringComparison.Ordinal));

    private static QuestionnaireFormatException NotUnderstood(RosterRow header)
    {
        var found = header.Cells.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => $"“{c.Trim()}”").ToList();
        var missing = new List<string>();
        var headers = header.Cells.Select(Clean).ToList();
        var (school, role, certificate) = (-1, -1, -1);
        Assign(headers, ref school, ref role, ref certificate);
        if (school < 0)
        {
            missing.Add("学校（如“您所在学校的全称”）");
        }

        if (role < 0)
        {
            missing.Add("身份（教师/学生）");
        }

        if (certificate < 0)
        {
            missing.Add("证书（如“您参与的1+X证书”）");
        }

        var shown = string.Join("、", found.Take(20)) + (found.Count > 20 ? $"等{found.Count}列" : string.Empty);
        return new QuestionnaireFormatException(
            $"这份表格像是问卷导出表，但表头（第{header.Number}行）中找不到{string.Join("、", missing)}列，无法统计。表头中的列为：{shown}。");
    }

    [GeneratedRegex(@"^(q|第)?\d{1,3}(题)?[、.:)\-_]+")]
    private static partial Regex QuestionNumber();

    [GeneratedRegex(@"[(\[【][^)\]】]*(题|选|填|必|多|单)[^)\]】]*[)\]】]")]
    private static partial Regex Annotation();
}
