using System.Buffers;

namespace Pilot1X.Core.Certificates;

/// <summary>
/// Finds the grades (优秀/合格/整改/建议取消试点资格) a folded passage gives, and where. A grade word counts only where it
/// is given as a grade — a table cell holding just the word, a ticked box (☑合格), or after 评价/等级/结果/评为/“为”
/// (“……评价为合格”) — so 不合格, 合格率, 优秀的学生 or 整改措施 are not grades.
/// </summary>
internal static class GradeReader
{
    private static readonly string[] Cues = ["评价", "评定", "评为", "定为", "等级", "档次", "结果", "结论", "分档", "评级", "档"];
    private static readonly char[] Ticks = ['☑', '☒', '✓', '✔', '√', '■', '●', '▣'];
    private static readonly SearchValues<char> TickMarks = SearchValues.Create(Ticks);
    private const int CueReach = 10;

    /// <summary>The grades in <paramref name="folded"/> with their positions, in text order.</summary>
    internal static List<(string Grade, int At)> Find(string folded, bool tableRow)
    {
        var found = new List<(string Grade, int At)>();
        if (tableRow)
        {
            var start = 0;
            foreach (var cell in folded.Split(Word.OutlinePassage.CellSeparator))
            {
                if (CellGrade(cell) is { } grade)
                {
                    found.Add((grade, start));
                }

                start += cell.Length + 1;
            }
        }

        foreach (var grade in CertificateGrades.All)
        {
            for (var at = folded.IndexOf(grade, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(grade, at + grade.Length, StringComparison.Ordinal))
            {
                if (IsGiven(folded, at, grade) && !found.Exists(f => f.Grade == grade && Math.Abs(f.At - at) <= 2))
                {
                    found.Add((grade, at));
                }
            }
        }

        found.Sort((a, b) => a.At.CompareTo(b.At));
        return found;
    }

    /// <summary>The grade a table cell holds on its own (<c>合格</c>, <c>“合格”</c>, <c>合格。</c>), or null.</summary>
    internal static string? CellGrade(string cell)
    {
        var value = cell.Trim(' ', '"', '“', '”', '。', '.', '、', ',', '，', ':', '：', '(', ')');
        return CertificateGrades.All.FirstOrDefault(g => value == g);
    }

    /// <summary>Whether the cell is ticked (√, ☑ …): a mark in a grade column of a matrix table.</summary>
    internal static bool IsTicked(string cell) => cell.AsSpan().IndexOfAny(TickMarks) >= 0 || cell.Trim() is "是" or "x";

    private static bool IsGiven(string text, int at, string grade)
    {
        var end = at + grade.Length;
        if (at > 0 && text[at - 1] is '不' or '□' or '☐')
        {
            return false;
        }

        if (end < text.Length && text[end] is '率' or '的' or '证' or '人' or '线' or '者' or '生' or '奖' or '措' or '工' or '方' or '意' or '报' or '情' or '落' or '完' or '问')
        {
            return false;
        }

        if (grade == CertificateGrades.RecommendRevocation)
        {
            return true;
        }

        var before = Before(text, at);
        if (before.Length > 0 && (Ticks.Contains(before[^1]) || before[^1] is '为' or ':' or '：'))
        {
            return true;
        }

        if (end < text.Length && (text.AsSpan(end).StartsWith("等级") || text.AsSpan(end).StartsWith("档")))
        {
            return true;
        }

        return Array.Exists(Cues, cue => before.Contains(cue, StringComparison.Ordinal));
    }

    /// <summary>Up to <see cref="CueReach"/> characters before <paramref name="at"/> within its sentence, quotes dropped.</summary>
    private static string Before(string text, int at)
    {
        var from = Math.Max(0, at - CueReach);
        var stop = text.LastIndexOfAny(['。', '；', ';', '!', '！', '?', '？', '\n', Word.OutlinePassage.CellSeparator], Math.Max(0, at - 1));
        if (stop >= from && at > 0)
        {
            from = stop + 1;
        }

        return text[from..at].Replace("\"", string.Empty, StringComparison.Ordinal)
            .Replace("“", string.Empty, StringComparison.Ordinal).Replace("「", string.Empty, StringComparison.Ordinal);
    }
}
