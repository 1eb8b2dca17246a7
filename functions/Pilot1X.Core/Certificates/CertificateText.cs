using System.Globalization;
using System.Text;

namespace Pilot1X.Core.Certificates;

/// <summary>
/// Brings certificate names and the report text that mentions them to one comparable form: NFKC (full-width →
/// half-width), Latin letters lower-cased (<c>WEB前端开发</c> = <c>Web前端开发</c>), every bracket made <c>( )</c>, and
/// whitespace dropped — except one space between two Latin letters or digits, so that <c>BIM</c> stays a word of its own.
/// </summary>
public static class CertificateText
{
    /// <summary>Kept by <see cref="Fold"/> and held by no certificate name: separates passages folded as one text.</summary>
    public const char PassageSeparator = '\uE000';

    /// <summary>The folded form of <paramref name="text"/>.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Chinese report text is CJK, ASCII and full-width punctuation, which NFKC only narrows (，→ ,): folded directly,
        // so that the ICU normalizer runs only for the rare text that holds anything else.
        var folded = IsSimple(text) ? text : text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                pendingSpace = true;
                continue;
            }

            var mapped = Map(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
            if (pendingSpace && builder.Length > 0 && char.IsAsciiLetterOrDigit(builder[^1]) && char.IsAsciiLetterOrDigit(mapped))
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            builder.Append(mapped);
        }

        return builder.ToString();
    }

    /// <summary>Only characters whose NFKC form is themselves or their half-width form (ASCII, CJK ideographs, CJK and full-width punctuation, quotes).</summary>
    private static bool IsSimple(string text)
    {
        foreach (var c in text)
        {
            if (!(c < 0x80 || c is >= '\u4E00' and <= '\u9FFF' || c is >= '\u3000' and <= '\u3035' || c is >= '\uFF01' and <= '\uFF5E'
                || c is PassageSeparator or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u00B7' or '\u2022' or '\u25A1' or '\u221A' or '\u2611'))
            {
                return false;
            }
        }

        return true;
    }

    private static char Map(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
        '[' or '{' or '【' or '〔' or '〖' or '〘' => '(',
        ']' or '}' or '】' or '〕' or '〗' or '〙' => ')',
        _ => c,
    };

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'
        || (c < 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Control);
}
