using Pilot1X.Core.Roster;

namespace Pilot1X.Pipeline.Options;

/// <summary>The roster in use and where it came from.</summary>
public sealed record RosterSelection(InstitutionRoster Roster, RosterOrigin Origin);
