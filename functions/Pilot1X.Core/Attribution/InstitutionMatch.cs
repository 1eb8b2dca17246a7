using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Attribution;

/// <summary>
/// The outcome of attributing a text to the roster: one institution, several (ambiguous, never guessed) or none.
/// </summary>
/// <param name="Institution">The single institution the text names, or null when none or several match.</param>
/// <param name="Candidates">Every institution the text could mean: one when matched, several when ambiguous, none otherwise.</param>
public sealed record InstitutionMatch(Institution? Institution, IReadOnlyList<Institution> Candidates)
{
    /// <summary>No roster institution is named.</summary>
    public static InstitutionMatch None { get; } = new(null, []);

    /// <summary>More than one institution is named and none of the names contains the others: the file must not be filed under either.</summary>
    public bool IsAmbiguous => Institution is null && Candidates.Count > 1;
}
