using Pilot1X.Core.Findings;

namespace Pilot1X.Core.Reporting;

/// <summary>A file that could not be attributed to any roster institution, with why.</summary>
public sealed record UnassignedFile(string File, IReadOnlyList<Finding> Findings);
