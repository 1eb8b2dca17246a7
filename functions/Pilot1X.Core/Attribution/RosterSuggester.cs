using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Attribution;

/// <summary>
/// The roster names closest to a name that matched none (the unknown-institution receipt lists them). Similarity is the
/// Dice coefficient of character bigrams over <see cref="NameNormalizer"/> forms: Chinese names have no word breaks, and
/// bigrams (交通, 职业, 技术) survive the usual slips — a dropped or added character, 职院 for 职业学院, a different
/// order of the parts — that an exact match cannot. The part of a file name before the notice's stem
/// (<see cref="NamingRule.Stem"/>) is the school's own spelling of its name; the rest of a text is compared as it is.
/// </summary>
public sealed class RosterSuggester(InstitutionRoster roster)
{
    private static readonly string NormalizedStem = NameNormalizer.Normalize(NamingRule.Stem);

    /// <summary>Up to <paramref name="count"/> roster names, most similar first (roster order on ties); none shares a bigram → empty.</summary>
    public IReadOnlyList<string> Closest(IEnumerable<string> texts, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var spellings = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(Spelling).Where(s => s.Length > 1).Distinct(StringComparer.Ordinal).ToList();
        return [.. roster.Institutions
            .Select((institution, order) => (institution.Name, order, Score: spellings.Count == 0 ? 0
                : (from name in institution.Aliases.Prepend(institution.Name)
                   from spelling in spellings
                   select Dice(Bigrams(NameNormalizer.Normalize(name)), Bigrams(spelling))).Max()))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.order)
            .Take(count)
            .Select(c => c.Name)];
    }

    /// <summary>The Dice coefficient 2|A∩B| / (|A|+|B|) of two bigram sets: 1 for the same name, 0 for nothing in common.</summary>
    public static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
    }

    private static string Spelling(string text)
    {
        var normalized = NameNormalizer.Normalize(Path.GetFileNameWithoutExtension(text.Replace('\\', '/').Split('/')[^1]));
        var stem = normalized.IndexOf(NormalizedStem, StringComparison.Ordinal);
        return stem > 0 ? normalized[..stem] : normalized;
    }

    private static HashSet<string> Bigrams(string text) =>
        [.. Enumerable.Range(0, Math.Max(text.Length - 1, 0)).Select(i => text.Substring(i, 2))];
}
