using System.Globalization;

namespace Pilot1X.Core.Word;

/// <summary>Recognises built-in style names in English and Chinese Word/WPS ("heading 1", "标题 1", "题注", "目录 1").</summary>
internal static class StyleNames
{
    public static (int? Level, StyleRole Role) Classify(string name)
    {
        var span = name.AsSpan().Trim();
        if (span.Equals("title", StringComparison.OrdinalIgnoreCase) || span.SequenceEqual("标题"))
        {
            return (null, StyleRole.Title);
        }

        if (span.Equals("caption", StringComparison.OrdinalIgnoreCase) || span.SequenceEqual("题注"))
        {
            return (null, StyleRole.Caption);
        }

        if (span.StartsWith("toc", StringComparison.OrdinalIgnoreCase) || span.StartsWith("目录"))
        {
            return (null, StyleRole.Toc);
        }

        ReadOnlySpan<char> rest;
        if (span.StartsWith("heading", StringComparison.OrdinalIgnoreCase))
        {
            rest = span["heading".Length..];
        }
        else if (span.StartsWith("标题"))
        {
            rest = span[2..];
        }
        else
        {
            return (null, StyleRole.Body);
        }

        rest = rest.Trim();
        return int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is >= 1 and <= 9
            ? (level, StyleRole.Body)
            : (null, StyleRole.Body);
    }
}
