using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Attribution;

/// <summary>
/// Attributes file names, folder names, archive names, e-mail subjects and sender addresses to roster institutions.
/// Near names (湖北工程学院 inside 湖北工程学院新技术学院) resolve to the longest name; two unrelated names are ambiguous
/// and are never guessed, because filing a report under the wrong school is worse than asking.
/// </summary>
public sealed class RosterMatcher(InstitutionRoster roster)
{
    private readonly MatchKey[] _keys = BuildKeys(roster);
    private readonly Dictionary<string, Institution?> _senders = BuildSenders(roster);

    /// <summary>Which institution a file name, folder name, archive name or e-mail subject names.</summary>
    public InstitutionMatch MatchText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var occurrences = FindOccurrences(text);
        if (occurrences.Count == 0)
        {
            return InstitutionMatch.None;
        }

        var candidates = occurrences
            .Where(o => !IsDominated(o, occurrences))
            .OrderBy(o => Math.Max(o.Start, 0))
            .Select(o => o.Institution)
            .Distinct()
            .ToList();
        return candidates.Count switch
        {
            0 => InstitutionMatch.None,
            1 => new InstitutionMatch(candidates[0], candidates),
            _ => new InstitutionMatch(null, candidates),
        };
    }

    /// <summary>The institution whose roster contact address this is (case-insensitive), or null when unknown or shared by several.</summary>
    public Institution? MatchSender(string? address)
    {
        var key = ContactAddress.Canonical(address);
        return key is null ? null : _senders.GetValueOrDefault(key);
    }

    private List<Occurrence> FindOccurrences(string text)
    {
        var normalized = NameNormalizer.Normalize(text);
        var leadingTokens = LeadingToken.Of(text).ToHashSet(StringComparer.Ordinal);
        var occurrences = new List<Occurrence>();
        foreach (var key in _keys)
        {
            if (key.LeadingOnly)
            {
                if (leadingTokens.Contains(key.Text))
                {
                    occurrences.Add(new Occurrence(key.Institution, -1, key.Text.Length));
                }

                continue;
            }

            for (var at = normalized.IndexOf(key.Text, StringComparison.Ordinal); at >= 0;
                 at = normalized.IndexOf(key.Text, at + 1, StringComparison.Ordinal))
            {
                if (!key.AsciiWord || IsWordBoundary(normalized, at, key.Text.Length))
                {
                    occurrences.Add(new Occurrence(key.Institution, at, key.Text.Length));
                }
            }
        }

        return occurrences;
    }

    /// <summary>A Latin alias (WIT) must stand as a word of its own, not inside “with” or “twitter”.</summary>
    private static bool IsWordBoundary(string text, int start, int length) =>
        (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1]))
        && (start + length == text.Length || !char.IsAsciiLetterOrDigit(text[start + length]));

    /// <summary>
    /// An occurrence is dominated when a strictly longer occurrence of another institution covers it
    /// (湖北工程学院 inside 湖北工程学院新技术学院); an institution survives if any of its occurrences is not dominated.
    /// </summary>
    private static bool IsDominated(Occurrence occurrence, List<Occurrence> all) =>
        occurrence.Start >= 0 && all.Exists(other =>
            other.Start >= 0
            && !ReferenceEquals(other.Institution, occurrence.Institution)
            && other.Length > occurrence.Length
            && other.Start <= occurrence.Start
            && other.Start + other.Length >= occurrence.Start + occurrence.Length);

    private static MatchKey[] BuildKeys(InstitutionRoster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return [.. roster.Institutions.SelectMany(MatchKey.For)];
    }

    private static Dictionary<string, Institution?> BuildSenders(InstitutionRoster roster)
    {
        var senders = new Dictionary<string, Institution?>(StringComparer.Ordinal);
        foreach (var institution in roster.Institutions)
        {
            foreach (var contact in institution.Contacts)
            {
                var key = ContactAddress.Canonical(contact);
                if (key is not null && !senders.TryAdd(key, institution) && !ReferenceEquals(senders[key], institution))
                {
                    senders[key] = null;
                }
            }
        }

        return senders;
    }

    private sealed record Occurrence(Institution Institution, int Start, int Length);
}
