using System.Text;

namespace Pilot1X.Core.Templates;

/// <summary>
/// Recognises a heading as a template section despite how schools really write it: 自查自査, 1＋X,
/// full-width punctuation, spaces, numbering, "存在的问题及原因分析"… Words every section of a template
/// shares (培训评价组织, 试点工作) are removed first, so only the distinctive words decide.
/// </summary>
internal static class SectionTitleMatcher
{
    /// <summary>Lowest score that counts as a match.</summary>
    public const double Threshold = 0.5;

    private static readonly string[] SharedWords =
        ["1+x证书制度", "1+x证书", "证书制度", "1+x", "培训评价组织", "评价组织", "试点工作", "试点", "工作", "有关", "关于", "以及", "的", "及", "和", "与", "对", "之"];

    /// <summary>Lower-cased, half-width, typo-corrected text with spaces, punctuation and shared words removed.</summary>
    public static string Normalize(string title)
    {
        var folded = title.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace('査', '查');
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || c == '+')
            {
                builder.Append(c);
            }
        }

        foreach (var word in SharedWords)
        {
            builder.Replace(word, string.Empty);
        }

        return builder.ToString();
    }

    /// <summary>How well a normalised heading matches a normalised key, 0 … 1.</summary>
    public static double Score(string heading, string key)
    {
        if (heading.Length == 0 || key.Length == 0)
        {
            return 0;
        }

        if (heading == key)
        {
            return 1;
        }

        if (key.Length >= 2 && heading.Contains(key, StringComparison.Ordinal))
        {
            return 0.7 + (0.3 * key.Length / heading.Length);
        }

        if (heading.Length >= 2 && key.Contains(heading, StringComparison.Ordinal))
        {
            return 0.7 + (0.3 * heading.Length / key.Length);
        }

        return Dice(heading, key);
    }

    /// <summary>Sørensen–Dice coefficient on distinct character bigrams (titles are short: no sets needed).</summary>
    private static double Dice(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return 0;
        }

        var distinctA = DistinctBigrams(a);
        var distinctB = DistinctBigrams(b);
        var common = 0;
        for (var i = 0; i + 1 < a.Length; i++)
        {
            if (IsFirstOccurrence(a, i) && Contains(b, a[i], a[i + 1]))
            {
                common++;
            }
        }

        return 2.0 * common / (distinctA + distinctB);
    }

    private static int DistinctBigrams(string text)
    {
        var count = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsFirstOccurrence(text, i))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsFirstOccurrence(string text, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (text[j] == text[index] && text[j + 1] == text[index + 1])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(string text, char first, char second)
    {
        for (var j = 0; j + 1 < text.Length; j++)
        {
            if (text[j] == first && text[j + 1] == second)
            {
                return true;
            }
        }

        return false;
    }
}
