using Pilot1X.Core.Findings;

namespace Pilot1X.Core.Reporting;

/// <summary>Whether an institution is complete, where each of its materials stands, and a MATERIAL_MISSING finding per gap.</summary>
public sealed record CompletenessResult(bool Complete, IReadOnlyList<MaterialReport> Materials, IReadOnlyList<Finding> Missing);
