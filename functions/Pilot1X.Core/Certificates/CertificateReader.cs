using System.Buffers;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Word;

namespace Pilot1X.Core.Certificates;

/// <summary>
/// Reads from a Word report, tables included, what it says of the institution's roster certificates: the evaluation report
/// must name each (anywhere) and grade each in section 四; the summary report's section 四 (自查自查结果) must speak of each.
/// A grade is tied to a certificate when one table row, one paragraph or one sentence holds both (a grade with no
/// certificate of its own follows the short sub-heading above it, e.g. “（一）BIM证书” then “评价结果：合格”).
/// </summary>
public static class CertificateReader
{
    private const int SectionFour = 4;
    private const int SubHeadingChars = 40;
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。；;!！?？\n");

    /// <param name="kind">The material: only evaluation and summary reports speak of certificates.</param>
    /// <param name="outline">The report's outline with its passages.</param>
    /// <param name="templates">Per outline section, the template section (1-based) it matched, or null; parallel to <see cref="WordOutline.Sections"/>.</param>
    /// <param name="matcher">The institution's certificates.</param>
    public static IReadOnlyList<CertificateEvidence> Read(MaterialKind kind, WordOutline outline, IReadOnlyList<int?> templates, CertificateMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(matcher);
        if (kind is not (MaterialKind.Evaluation or MaterialKind.Summary) || matcher.Certificates.Count == 0)
        {
            return [];
        }

        var four = SectionFourIndex(outline, templates);
        var passages = outline.Passages.Where(p => kind == MaterialKind.Evaluation || (four >= 0 && p.Section == four)).ToList();

        // The passages folded and searched as one text; a separator no spelling holds keeps mentions inside passages.
        var ends = new int[passages.Count];
        var buffer = ArrayPool<char>.Shared.Rent(passages.Sum(p => p.Text.Length + 1) + 1);
        try
        {
            var length = CertificateText.FoldPassages(passages, ends, ref buffer);
            return Read(kind, passages, four, buffer.AsSpan(0, length), ends, matcher);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static IReadOnlyList<CertificateEvidence> Read(
        MaterialKind kind, List<OutlinePassage> passages, int four, ReadOnlySpan<char> whole, int[] ends, CertificateMatcher matcher)
    {
        var all = matcher.Mentions(whole);
        var named = all.Select(m => m.Certificate).ToHashSet();
        var grades = new Dictionary<PilotCertificate, string>();
        PilotCertificate? context = null;
        Dictionary<int, string>? gradeColumns = null;
        var next = 0;
        for (var i = 0; i < passages.Count; i++)
        {
            var start = i == 0 ? 0 : ends[i - 1] + 1;
            var first = next;
            while (next < all.Count && all[next].Start < ends[i])
            {
                next++;
            }

            var passage = passages[i];
            if (kind != MaterialKind.Evaluation || passage.Section != four || four < 0)
            {
                continue;
            }

            var mentions = new List<CertificateMention>(next - first);
            for (var m = first; m < next; m++)
            {
                mentions.Add(all[m] with { Start = all[m].Start - start });
            }

            var folded = new string(whole[start..ends[i]]);
            gradeColumns = passage.IsTableRow ? gradeColumns : null;
            var distinct = mentions.Select(m => m.Certificate).Distinct().ToList();
            if (passage.IsTableRow && GradeColumns(folded) is { } header)
            {
                gradeColumns = header;
                continue;
            }

            foreach (var (grade, certificate) in Tie(folded, passage.IsTableRow, mentions, distinct.Count == 0 ? context : null, gradeColumns))
            {
                grades.TryAdd(certificate, grade);
            }

            context = distinct.Count == 1 && !passage.IsTableRow && folded.Length <= SubHeadingChars ? distinct[0]
                : distinct.Count > 0 ? null : context;
        }

        return [.. matcher.Certificates.Select(c => new CertificateEvidence(c.Name, named.Contains(c), grades.GetValueOrDefault(c)))];
    }

    /// <summary>Whether the report has a section 四 at all (without one, SECTION_MISSING already says what to add).</summary>
    public static bool HasSectionFour(WordOutline outline, IReadOnlyList<int?> templates)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(templates);
        return SectionFourIndex(outline, templates) >= 0;
    }

    /// <summary>The outline section that is section 四: the one matched to template section 4, else the one numbered 四.</summary>
    private static int SectionFourIndex(WordOutline outline, IReadOnlyList<int?> templates)
    {
        for (var i = 0; i < templates.Count; i++)
        {
            if (templates[i] == SectionFour)
            {
                return i;
            }
        }

        for (var i = 0; i < outline.Sections.Count; i++)
        {
            if (HeadingPatterns.LeadingNumber(outline.Sections[i].Heading) == SectionFour)
            {
                return i;
            }
        }

        return -1;
    }

    private static IEnumerable<(string Grade, PilotCertificate Certificate)> Tie(
        string folded, bool tableRow, List<CertificateMention> mentions, PilotCertificate? context, Dictionary<int, string>? gradeColumns)
    {
        var found = GradeReader.Find(folded, tableRow);
        if (tableRow && gradeColumns is not null)
        {
            var cells = folded.Split(OutlinePassage.CellSeparator);
            found.AddRange(gradeColumns.Where(c => c.Key < cells.Length && GradeReader.IsTicked(cells[c.Key])).Select(c => (c.Value, 0)));
        }

        foreach (var (grade, at) in found)
        {
            if (mentions.Count == 0)
            {
                if (context is not null)
                {
                    yield return (grade, context);
                }

                continue;
            }

            // A row speaks of its certificate; in prose the grade belongs to the certificate named last before it in its sentence.
            var owner = tableRow ? mentions[0] : mentions.LastOrDefault(m => m.Start < at && !SentenceBreakBetween(folded, m.Start, at)) ?? mentions.FirstOrDefault(m => !SentenceBreakBetween(folded, at, m.Start));
            if (owner is not null)
            {
                yield return (grade, owner.Certificate);
            }
        }
    }

    private static bool SentenceBreakBetween(string text, int from, int to) =>
        text.AsSpan(Math.Min(from, to), Math.Abs(to - from)).IndexOfAny(SentenceEnds) >= 0;

    /// <summary>A header row of a grade matrix (证书 | 优秀 | 合格 | 整改 | 建议取消试点资格): the column of each grade.</summary>
    private static Dictionary<int, string>? GradeColumns(string folded)
    {
        var cells = folded.Split(OutlinePassage.CellSeparator);
        var columns = new Dictionary<int, string>();
        for (var i = 0; i < cells.Length; i++)
        {
            if (!GradeReader.IsTicked(cells[i]) && GradeReader.CellGrade(cells[i]) is { } grade)
            {
                columns[i] = grade;
            }
        }

        return columns.Count >= 2 ? columns : null;
    }
}
