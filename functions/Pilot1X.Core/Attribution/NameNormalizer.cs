using System.Globalization;
using System.Text;

namespace Pilot1X.Core.Attribution;

/// <summary>
/// Brings institution names and the texts that mention them to one comparable form, because real submissions
/// mix full-width and half-width brackets (<c>（集团）</c>/<c>(集团)</c>), <c>1＋X</c>/<c>1+X</c>, spaces and letter case.
/// </summary>
public static class NameNormalizer
{
    /// <summary>NFKC (full-width → half-width), all whitespace and zero-width characters removed, Latin letters lower-cased.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || IsInvisible(c))
            {
                continue;
            }

            builder.Append(c is >= 'A' and <= 'Z' ? char.ToLowerInvariant(c) : c);
        }

        return builder.ToString();
    }

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Control;
}
