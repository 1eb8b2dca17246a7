namespace Pilot1X.Core.Certificates;

/// <summary>
/// Matches certificate names as schools write them to a roster's certificates, and finds every certificate a text names.
/// When two certificates share words (电子商务数据分析 / 电子商务), the longest, most specific spelling claims the text;
/// when two certificates share the very same spelling, neither is chosen: a wrong match is worse than none.
/// </summary>
public sealed class CertificateMatcher
{
    private readonly IReadOnlyList<PilotCertificate> _certificates;
    private readonly (string Form, int Index)[] _forms;

    public CertificateMatcher(IEnumerable<PilotCertificate> certificates)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        _certificates = [.. certificates];
        _forms = [.. _certificates
            .SelectMany((c, i) => CertificateForms.Of(c).Select(f => (Form: f, Index: i)))
            .OrderByDescending(f => f.Form.Length)];
    }

    public IReadOnlyList<PilotCertificate> Certificates => _certificates;

    /// <summary>The roster certificate <paramref name="name"/> stands for (e.g. a questionnaire answer), or null when none or more than one fits.</summary>
    public PilotCertificate? Match(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = CertificateText.Fold(name);
        var key = CertificateForms.Strip(folded);
        var exact = _forms.Where(f => f.Form == key).Select(f => f.Index).Distinct().ToList();
        if (exact.Count > 0)
        {
            return exact.Count == 1 ? _certificates[exact[0]] : null;
        }

        var named = Mentions(folded).Select(m => m.Certificate).Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>Every roster certificate <paramref name="text"/> names, in roster order.</summary>
    public IReadOnlyList<PilotCertificate> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var named = Mentions(CertificateText.Fold(text)).Select(m => m.Certificate).ToHashSet();
        return [.. _certificates.Where(named.Contains)];
    }

    /// <summary>
    /// The mentions in an already folded text, in text order. Longer spellings are placed first and a shorter one never
    /// inside or across a longer one; a spelling two certificates share blocks its span without naming either.
    /// </summary>
    public IReadOnlyList<CertificateMention> Mentions(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return Mentions(folded.AsSpan());
    }

    /// <inheritdoc cref="Mentions(string)"/>
    internal IReadOnlyList<CertificateMention> Mentions(ReadOnlySpan<char> folded)
    {
        if (_forms.Length == 0 || folded.Length == 0)
        {
            return [];
        }

        var claimed = new List<(int Start, int End, int Index)>();
        foreach (var (form, index) in _forms)
        {
            for (var at = folded.IndexOf(form, StringComparison.Ordinal); at >= 0; at = NextIndexOf(folded, form, at + 1))
            {
                if (IsWholeWord(folded, at, form.Length))
                {
                    Claim(claimed, at, at + form.Length, index);
                }
            }
        }

        return [.. claimed
            .Where(c => c.Index >= 0)
            .OrderBy(c => c.Start)
            .Select(c => new CertificateMention(_certificates[c.Index], c.Start, c.End - c.Start))];
    }

    private static void Claim(List<(int Start, int End, int Index)> claimed, int start, int end, int index)
    {
        for (var i = 0; i < claimed.Count; i++)
        {
            var other = claimed[i];
            if (other.Start == start && other.End == end)
            {
                // The same span spelled by two certificates names neither (-1 keeps it blocking shorter spellings).
                if (other.Index != index)
                {
                    claimed[i] = (start, end, -1);
                }

                return;
            }

            if (start < other.End && other.Start < end)
            {
                return;
            }
        }

        claimed.Add((start, end, index));
    }

    /// <summary>A Latin spelling such as <c>bim</c> must not be part of a longer Latin word.</summary>
    private static int NextIndexOf(ReadOnlySpan<char> text, string form, int from)
    {
        var at = text[from..].IndexOf(form, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }

    private static bool IsWholeWord(ReadOnlySpan<char> text, int at, int length)
    {
        var end = at + length;
        var leftOpen = !char.IsAsciiLetter(text[at]) || at == 0 || !char.IsAsciiLetter(text[at - 1]);
        var rightOpen = !char.IsAsciiLetter(text[end - 1]) || end == text.Length || !char.IsAsciiLetter(text[end]);
        return leftOpen && rightOpen;
    }
}
