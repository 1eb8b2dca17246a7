using System.Text.RegularExpressions;

namespace Pilot1X.Core.Word;

/// <summary>
/// The Chinese official-document numbering ladder (一、 → （一） → 1. → （1）) typed or rendered at the
/// start of a paragraph, and how to strip it to get a heading's bare title.
/// </summary>
internal static partial class HeadingPatterns
{
    /// <summary>Longest paragraph (字) that can still be a typed heading.</summary>
    public const int MaxHeadingChars = 40;

    /// <summary>The level the leading number implies (1–4), or null when the text does not start with one.</summary>
    public static int? LevelOf(string text)
    {
        if (LevelOne().IsMatch(text))
        {
            return 1;
        }

        if (LevelTwo().IsMatch(text))
        {
            return 2;
        }

        if (LevelThree().IsMatch(text))
        {
            return 3;
        }

        return LevelFour().IsMatch(text) ? 4 : null;
    }

    /// <summary>
    /// Whether a numbered paragraph is short and heading-like: bold, or a line standing alone that is not a
    /// sentence; long body paragraphs that merely start with "一、" stay body text.
    /// </summary>
    public static bool LooksLikeHeading(string text, int chars, bool bold)
    {
        var trimmed = text.AsSpan().Trim();
        if (chars > MaxHeadingChars || trimmed.IsEmpty)
        {
            return false;
        }

        var inner = trimmed[..^1];
        if (inner.IndexOfAny('。', '！', '？') >= 0)
        {
            return false;
        }

        return bold || trimmed[^1] is not ('。' or '；' or ';' or '，' or ',');
    }

    /// <summary>The title without its numbering prefix ("一、", "（一）", "1.", "第一部分").</summary>
    public static string StripNumber(string heading)
    {
        var match = Prefix().Match(heading);
        return (match.Success ? heading[match.Length..] : heading).Trim();
    }

    /// <summary>The value of a leading Chinese section number ("三、" → 3, "第十一部分" → 11), or null.</summary>
    public static int? LeadingNumber(string text)
    {
        var span = text.AsSpan().TrimStart();
        if (span.StartsWith("第"))
        {
            span = span[1..];
        }

        var value = 0;
        var digits = 0;
        var tens = false;
        foreach (var c in span)
        {
            var digit = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (digit >= 0)
            {
                value = tens ? value + digit : (value * 10) + digit;
                digits++;
            }
            else if (c == '十')
            {
                value = (value == 0 ? 1 : value) * 10;
                tens = true;
                digits++;
            }
            else
            {
                break;
            }
        }

        return digits > 0 && value > 0 ? value : null;
    }

    /// <summary>Whether a paragraph's text starts like a figure caption ("图1", "图 2-1", "Figure 3").</summary>
    public static bool StartsLikeFigureCaption(ReadOnlySpan<char> text) => FigureCaption().IsMatch(text);

    /// <summary>Whether a paragraph's text starts like any caption ("图1", "表2").</summary>
    public static bool StartsLikeCaption(ReadOnlySpan<char> text) => AnyCaption().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:第[一二三四五六七八九十百零〇壹贰叁肆伍陆柒捌玖拾\d]+(?:部分|章|篇)|[一二三四五六七八九十]{1,3}\s*[、．.，,：:])")]
    private static partial Regex LevelOne();

    [GeneratedRegex(@"^\s*[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]")]
    private static partial Regex LevelTwo();

    [GeneratedRegex(@"^\s*[0-9０-９]{1,2}\s*[.．、](?![0-9０-９])")]
    private static partial Regex LevelThree();

    [GeneratedRegex(@"^\s*[（(]\s*[0-9０-９]{1,2}\s*[）)]")]
    private static partial Regex LevelFour();

    [GeneratedRegex(@"^\s*(?:第[一二三四五六七八九十百零〇壹贰叁肆伍陆柒捌玖拾\d]+(?:部分|章|篇|节)|[IVX]{1,4}(?=[.．、])|[A-Za-z](?=[.．、)）])|[（(]\s*(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})\s*[）)]|[一二三四五六七八九十]{1,3}(?=[、．.，,：:\s])|[0-9０-９]{1,2}(?=[、．.\s])(?![.．][0-9])|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,3}(?=[、．.\s])|[甲乙丙丁戊己庚辛壬癸](?=[、．.])|[\u2460-\u2473])[、．.，,：:)）\s\t]*")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^\s*(?:图\s*[0-9０-９]|(?:Figure|Fig\.?)\s*[0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex FigureCaption();

    [GeneratedRegex(@"^\s*(?:[图表]\s*[0-9０-９]|(?:Figure|Fig\.?|Table)\s*[0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex AnyCaption();
}
