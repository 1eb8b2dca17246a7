using Pilot1X.Core.Findings;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>A finding with the institution it belongs to (null for a file nobody could be found for): one line of 问题清单.</summary>
public sealed record OfficeFinding(string? Institution, Finding Finding)
{
    /// <summary>The mail or upload the file came in, when known: how the school knows the file besides its name.</summary>
    public OfficeArrival? Arrival { get; init; }
}
