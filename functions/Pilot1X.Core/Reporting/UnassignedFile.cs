using Pilot1X.Core.Attribution;
using Pilot1X.Core.Findings;

namespace Pilot1X.Core.Reporting;

/// <summary>A file that is not filed for any roster institution, with why.</summary>
public sealed record UnassignedFile(string File, IReadOnlyList<Finding> Findings)
{
    /// <summary>
    /// Set when it names an institution but was held for the office (<see cref="FilingAuthority"/>) rather than filed;
    /// null when no institution could be found for it at all.
    /// </summary>
    public HeldFiling? Held { get; init; }
}
