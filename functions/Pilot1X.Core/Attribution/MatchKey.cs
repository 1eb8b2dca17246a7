using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Attribution;

/// <summary>One normalised name or alias of an institution, as the matcher looks for it.</summary>
/// <param name="LeadingOnly">A very short alias (≤ 2 characters): it counts only as the whole leading token, never inside other words.</param>
internal sealed record MatchKey(Institution Institution, string Text, bool LeadingOnly)
{
    internal const int ShortAliasLength = 2;

    /// <summary>An alias of Latin letters and digits only (WIT), which must match as a whole word.</summary>
    internal bool AsciiWord { get; } = Text.All(char.IsAsciiLetterOrDigit);

    internal static IEnumerable<MatchKey> For(Institution institution)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in institution.Aliases.Prepend(institution.Name))
        {
            var key = NameNormalizer.Normalize(name);
            if (key.Length > 0 && seen.Add(key))
            {
                yield return new MatchKey(institution, key, key.Length <= ShortAliasLength && !ReferenceEquals(name, institution.Name));
            }
        }
    }
}
