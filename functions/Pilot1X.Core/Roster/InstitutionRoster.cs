namespace Pilot1X.Core.Roster;

/// <summary>The office's list of pilot institutions, in the order it was given.</summary>
public sealed class InstitutionRoster
{
    private readonly Dictionary<string, Institution> _byName;

    public InstitutionRoster(IEnumerable<Institution> institutions)
    {
        ArgumentNullException.ThrowIfNull(institutions);
        Institutions = [.. institutions];
        _byName = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var institution in Institutions)
        {
            if (!_byName.TryAdd(institution.Name, institution))
            {
                throw new RosterFormatException($"名单中“{institution.Name}”出现了两次：每个单位只能列一行。");
            }
        }
    }

    public IReadOnlyList<Institution> Institutions { get; }

    public Institution? Find(string canonicalName) => _byName.GetValueOrDefault(canonicalName);
}
