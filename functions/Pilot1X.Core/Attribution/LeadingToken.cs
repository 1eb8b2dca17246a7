using System.Globalization;
using System.Text;

namespace Pilot1X.Core.Attribution;

/// <summary>
/// The leading token of each path segment (<c>武职1+X证书…</c> → <c>武职</c>): the only place a very short alias may match,
/// because two characters inside a longer text are too often part of another word.
/// </summary>
internal static class LeadingToken
{
    private const string Separators = "-_+.,、()[]【】《》<>:;\"'“”‘’—~!?#&=|·/\\";
    private static readonly string[] Stops = ["1+x", "证书"];

    internal static IEnumerable<string> Of(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        foreach (var segment in folded.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries))
        {
            var token = TokenOf(segment);
            if (token.Length > 0)
            {
                yield return token;
            }
        }
    }

    private static string TokenOf(string segment)
    {
        var start = 0;
        while (start < segment.Length && IsSeparator(segment[start]))
        {
            start++;
        }

        var end = start;
        while (end < segment.Length && !IsSeparator(segment[end]) && !StartsWithStop(segment, end))
        {
            end++;
        }

        return segment[start..end];
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || Separators.Contains(c, StringComparison.Ordinal);

    private static bool StartsWithStop(string segment, int index) =>
        Array.Exists(Stops, stop => string.CompareOrdinal(segment, index, stop, 0, stop.Length) == 0);
}
