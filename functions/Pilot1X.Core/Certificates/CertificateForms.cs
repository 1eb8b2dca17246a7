namespace Pilot1X.Core.Certificates;

/// <summary>
/// The folded spellings under which a report may name a certificate: its name and aliases without the decorations schools
/// add or drop (职业技能等级证书, 证书, 1+X, 初级/中级/高级), and for a name such as <c>建筑信息模型(BIM)</c> also the
/// part before the bracket and the abbreviation in it.
/// </summary>
internal static class CertificateForms
{
    private static readonly string[] Suffixes = ["职业技能等级证书", "职业技能等级", "技能等级证书", "1+x证书", "证书"];
    private static readonly string[] Prefixes = ["1+x"];
    private static readonly string[] Levels = ["初级", "中级", "高级"];

    internal static IReadOnlyList<string> Of(PilotCertificate certificate)
    {
        var forms = new List<string>();
        foreach (var name in (IEnumerable<string>)[certificate.Name, .. certificate.Aliases])
        {
            var core = Strip(CertificateText.Fold(name));
            Add(forms, core);
            var open = core.LastIndexOf('(');
            if (open > 0 && core.EndsWith(')'))
            {
                var head = core[..open];
                var inner = core[(open + 1)..^1];
                Add(forms, head);
                Add(forms, head + inner);
                if (IsAbbreviation(name, inner))
                {
                    Add(forms, inner);
                }
            }
        }

        return forms;
    }

    /// <summary>The name without level, suffix and 1+X decorations, applied until nothing changes.</summary>
    internal static string Strip(string folded)
    {
        var text = folded.Trim(' ', '"', '“', '”', '《', '》', '「', '」');
        string before;
        do
        {
            before = text;
            text = StripLevelBracket(text);
            foreach (var level in Levels)
            {
                text = text.EndsWith(level, StringComparison.Ordinal) && text.Length > level.Length ? text[..^level.Length] : text;
                text = text.StartsWith(level, StringComparison.Ordinal) && text.Length > level.Length ? text[level.Length..] : text;
            }

            foreach (var suffix in Suffixes)
            {
                text = text.EndsWith(suffix, StringComparison.Ordinal) && text.Length > suffix.Length ? text[..^suffix.Length] : text;
            }

            foreach (var prefix in Prefixes)
            {
                text = text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length ? text[prefix.Length..].TrimStart(' ') : text;
            }

            text = text.Trim(' ');
        }
        while (text != before);
        return text;
    }

    /// <summary>A trailing bracket that holds only levels, e.g. <c>(初级)</c> or <c>(初级、中级)</c>.</summary>
    private static string StripLevelBracket(string text)
    {
        var open = text.LastIndexOf('(');
        if (open <= 0 || !text.EndsWith(')'))
        {
            return text;
        }

        var inner = text[(open + 1)..^1];
        var rest = inner;
        foreach (var level in Levels)
        {
            rest = rest.Replace(level, string.Empty, StringComparison.Ordinal);
        }

        return inner.Length > 0 && rest.Trim('、', ',', '/', '和', ' ', '级').Length == 0 ? text[..open] : text;
    }

    /// <summary>An abbreviation such as BIM: 2–8 Latin capitals or digits in the roster's own spelling, so a bracket like (Python) stays part of the name.</summary>
    private static bool IsAbbreviation(string name, string inner) =>
        inner.Length is >= 2 and <= 8
        && inner.All(char.IsAsciiLetterOrDigit)
        && inner.Any(char.IsAsciiLetter)
        && name.Normalize(System.Text.NormalizationForm.FormKC).Contains(inner.ToUpperInvariant(), StringComparison.Ordinal);

    private static void Add(List<string> forms, string form)
    {
        if (form.Length >= 2 && !forms.Contains(form))
        {
            forms.Add(form);
        }
    }
}
