using System.Buffers;
using System.Text;
using Pilot1X.Core.Word;

namespace Pilot1X.Core.Certificates;

/// <summary>
/// Brings certificate names and the report text that mentions them to one comparable form: NFKC (full-width →
/// half-width), Latin letters lower-cased (<c>WEB前端开发</c> = <c>Web前端开发</c>), every bracket made <c>( )</c>, and
/// whitespace dropped — except one space between two Latin letters or digits, so that <c>BIM</c> stays a word of its own.
/// </summary>
public static class CertificateText
{
    /// <summary>Held by no certificate name: separates passages folded as one text (one inside a passage folds as a space).</summary>
    public const char PassageSeparator = '\uE000';

    /// <summary>In <see cref="Folds"/>: whitespace or an invisible character (NUL, a control character, is one itself).</summary>
    private const char Space = '\0';

    /// <summary>In <see cref="Folds"/>: a character whose NFKC form may differ (U+FFFF is a noncharacter, never text).</summary>
    private const char NeedsNormalizing = '\uFFFF';

    private static readonly char[] Folds = BuildFolds();

    /// <summary>The folded form of <paramref name="text"/>.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        try
        {
            var length = Append(text, ref buffer, 0);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Folds the passages into <paramref name="buffer"/> (rented by the caller from <see cref="ArrayPool{T}.Shared"/>, and
    /// grown here when needed) as one text, each followed by <see cref="PassageSeparator"/>; <paramref name="ends"/>[i]
    /// receives the index of passage i's separator. Returns the text's length. One pass into one reused buffer: a whole
    /// evaluation report is folded for every document checked, so this is on the outline benchmark's path.
    /// </summary>
    internal static int FoldPassages(IReadOnlyList<OutlinePassage> passages, int[] ends, ref char[] buffer)
    {
        var length = 0;
        for (var i = 0; i < passages.Count; i++)
        {
            length = Append(passages[i].Text, ref buffer, length);
            EnsureRoom(ref buffer, length, 1);
            ends[i] = length;
            buffer[length++] = PassageSeparator;
        }

        return length;
    }

    /// <summary>Folds <paramref name="text"/> into the buffer after <paramref name="length"/> characters; returns the new length.</summary>
    private static int Append(string text, ref char[] buffer, int length)
    {
        // Chinese report text is CJK, ASCII and full-width punctuation, which NFKC only narrows (，→ ,): folded directly,
        // so that the ICU normalizer runs only for the rare text that holds anything else.
        EnsureRoom(ref buffer, length, text.Length);
        var folded = FoldInto(text, buffer, length, normalized: false);
        if (folded >= 0)
        {
            return folded;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC);
        EnsureRoom(ref buffer, length, normalized.Length);
        return FoldInto(normalized, buffer, length, normalized: true);
    }

    private static void EnsureRoom(ref char[] buffer, int length, int more)
    {
        if (buffer.Length - length < more)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(length + more, buffer.Length * 2));
            Array.Copy(buffer, larger, length);
            ArrayPool<char>.Shared.Return(buffer);
            buffer = larger;
        }
    }

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="buffer"/> from <paramref name="at"/> and returns the new length,
    /// or -1 when the text holds a character whose NFKC form may differ from its own (and it was not yet normalized).
    /// The output is never longer than the input: a run of whitespace becomes at most one space.
    /// </summary>
    private static int FoldInto(string text, char[] buffer, int at, bool normalized)
    {
        var folds = Folds;
        var length = at;
        var pendingSpace = false;
        foreach (var c in text)
        {
            var mapped = folds[c];
            if (mapped == NeedsNormalizing)
            {
                if (!normalized)
                {
                    return -1;
                }

                mapped = IsSpace(c) ? Space : Map(c);
            }

            if (mapped == Space)
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                if (length > at && char.IsAsciiLetterOrDigit(buffer[length - 1]) && char.IsAsciiLetterOrDigit(mapped))
                {
                    buffer[length++] = ' ';
                }

                pendingSpace = false;
            }

            buffer[length++] = mapped;
        }

        return length;
    }

    /// <summary>
    /// Every UTF-16 unit's fold, looked up once per character (half the time of deciding it each time, on the outline
    /// benchmark): itself or its narrowed, lower-cased, bracket-unified form; <see cref="Space"/> for whitespace and
    /// invisible characters; <see cref="NeedsNormalizing"/> where NFKC may change the character.
    /// </summary>
    private static char[] BuildFolds()
    {
        var folds = new char[char.MaxValue + 1];
        for (var i = 0; i < folds.Length; i++)
        {
            var c = (char)i;
            folds[i] = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => Map((char)(c - 0xFEE0)),
                _ when c < 0x80 || c is >= '\u4E00' and <= '\u9FFF' || IsOwnNormalForm(c) => IsSpace(c) ? Space : Map(c),
                _ => NeedsNormalizing,
            };
        }

        return folds;
    }

    private static bool IsSpace(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or PassageSeparator
        || (c < 0x80 && char.IsControl(c));

    /// <summary>Beyond ASCII, CJK ideographs and full-width forms: the CJK punctuation and quotes whose NFKC form is themselves.</summary>
    private static bool IsOwnNormalForm(char c) =>
        c is >= '\u3000' and <= '\u3035'
        || c is PassageSeparator or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u00B7' or '\u2022' or '\u25A1' or '\u221A' or '\u2611';

    private static char Map(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
        '[' or '{' or '【' or '〔' or '〖' or '〘' => '(',
        ']' or '}' or '】' or '〕' or '〗' or '〙' => ')',
        _ => c,
    };
}
