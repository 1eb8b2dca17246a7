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
    /// <summary>The folded form of <paramref name="text"/>.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                pendingSpace = true;
                continue;
            }

            var mapped = Map(c);
            if (pendingSpace && builder.Length > 0 && char.IsAsciiLetterOrDigit(builder[^1]) && char.IsAsciiLetterOrDigit(mapped))
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            builder.Append(mapped);
        }

        return builder.ToString();
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
