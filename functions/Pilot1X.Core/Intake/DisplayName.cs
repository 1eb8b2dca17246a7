using System.Globalization;
using System.Text;

namespace Pilot1X.Core.Intake;

/// <summary>
/// Makes an untrusted file or entry name safe to show and to use as a path segment: control and
/// bidirectional-override characters become visible, separators cannot climb out, length is bounded.
/// </summary>
public static class DisplayName
{
    /// <summary>Longest name kept (in chars); longer ones keep their start and extension.</summary>
    public const int MaxLength = 160;

    /// <summary>The file's own name from a display path ("a.eml!/b.zip!/c.docx" → "c.docx"), for what people read.</summary>
    public static string Leaf(string displayPath)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        var cut = displayPath.LastIndexOfAny(['/', '\\']);
        return cut >= 0 && cut + 1 < displayPath.Length ? displayPath[(cut + 1)..] : displayPath;
    }

    /// <summary>
    /// A file as the people who sent it know it: its own name and, when it sat in an archive, that archive's name
    /// ("x.docx（压缩包“材料.zip”内）"). Never the stored path: a mail around it is named by its subject elsewhere.
    /// </summary>
    public static string ForPeople(string displayPath)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        var steps = displayPath.Split("!/");
        var archive = steps[..^1].Select(Leaf).LastOrDefault(s => !s.EndsWith(".eml", StringComparison.OrdinalIgnoreCase));
        return archive is null ? Leaf(steps[^1]) : $"{Leaf(steps[^1])}（压缩包“{archive}”内）";
    }

    /// <summary>A mail as people know it: by its subject (texts that say when add its arrival in China Standard Time).</summary>
    public static string Mail(string? subject) =>
        string.IsNullOrWhiteSpace(subject) ? "无主题的邮件" : $"邮件“{Sanitize(subject)}”";

    /// <summary>Sanitises one name (no separators allowed in the result).</summary>
    public static string Sanitize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "(无名文件)";
        }

        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune.Value is '/' or '\\')
            {
                builder.Append('_');
            }
            else if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                     or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                     || rune.Value is '\u2028' or '\u2029')
            {
                // Bidi overrides (U+202E …) and controls are shown as their code point, never obeyed.
                builder.Append(CultureInfo.InvariantCulture, $"[U+{rune.Value:X4}]");
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        var text = builder.ToString().Trim();
        if (text is "." or "..")
        {
            text = "_" + text;
        }

        return Truncate(text);
    }

    /// <summary>Sanitises a '/'- or '\'-separated relative path segment by segment, dropping empty, '.' and '..' segments and any root.</summary>
    public static string SanitizePath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return Sanitize(path);
        }

        var segments = path.Split('/', '\\')
            .Where(s => s.Length > 0 && s != "." && s != ".." && !(s.Length == 2 && s[1] == ':'))
            .Select(Sanitize);
        var joined = string.Join('/', segments);
        return joined.Length == 0 ? Sanitize(null) : joined;
    }

    private static string Truncate(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var extension = Path.GetExtension(text);
        if (extension.Length > 10)
        {
            extension = string.Empty;
        }

        var keep = MaxLength - extension.Length - 1;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), "…", extension);
    }
}
