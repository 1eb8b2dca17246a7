namespace Pilot1X.Core.Word;

/// <summary>
/// Counts 字数 the way Word's word count does for Chinese text, because the notice's "about 3,000 字"
/// is checked by authors in Word: each CJK ideograph, full-width or CJK punctuation mark counts 1, each
/// maximal run of other non-space characters (an English word, "2020", "41.69%") counts 1, spaces count 0.
/// </summary>
public static class WordCharCounter
{
    /// <summary>The 字数 of <paramref name="text"/>.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                i++;
                if (codePoint is >= 0x20000 and <= 0x3FFFF)
                {
                    count++;
                    inWord = false;
                }
                else if (!inWord)
                {
                    count++;
                    inWord = true;
                }

                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                inWord = false;
            }
            else if (IsCountedIndividually(c))
            {
                count++;
                inWord = false;
            }
            else if (!inWord)
            {
                count++;
                inWord = true;
            }
        }

        return count;
    }

    /// <summary>East Asian characters and the punctuation/symbols Word counts one by one.</summary>
    internal static bool IsCountedIndividually(char c) => c switch
    {
        >= '\u2010' and <= '\u2027' => true,   // dashes, quotes “ ” ‘ ’, ellipsis …
        >= '\u2030' and <= '\u205E' => true,   // ‰ ′ ※ …
        >= '\u2460' and <= '\u24FF' => true,   // ① ⑴ ⒈
        >= '\u25A0' and <= '\u27BF' => true,   // ■ ● ★ ✓
        >= '\u2E80' and <= '\u2FDF' => true,   // CJK radicals
        >= '\u3001' and <= '\u303F' => true,   // 、。〈〉《》「」【】〔〕
        >= '\u3040' and <= '\u31FF' => true,   // kana, bopomofo, CJK strokes
        >= '\u3200' and <= '\u4DBF' => true,   // enclosed CJK, compatibility, extension A
        >= '\u4E00' and <= '\u9FFF' => true,   // CJK unified ideographs
        >= '\uA000' and <= '\uA4CF' => true,
        >= '\uAC00' and <= '\uD7AF' => true,   // Hangul
        >= '\uF900' and <= '\uFAFF' => true,   // CJK compatibility ideographs
        >= '\uFE10' and <= '\uFE1F' => true,
        >= '\uFE30' and <= '\uFE4F' => true,
        >= '\uFF01' and <= '\uFF60' => true,   // full-width forms ，（）：；？！１Ａ
        >= '\uFFE0' and <= '\uFFE6' => true,
        _ => false,
    };
}
