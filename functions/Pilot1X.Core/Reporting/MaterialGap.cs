using Pilot1X.Core.Materials;

namespace Pilot1X.Core.Reporting;

/// <summary>One version of a material that keeps an institution from 齐全 (<see cref="CompletenessImpact.GapsOf"/>).</summary>
/// <param name="Kind">Which material.</param>
/// <param name="IsWord">The Word version rather than the stamped scan.</param>
/// <param name="State">Missing, or present with an error (invalid).</param>
public sealed record MaterialGap(MaterialKind Kind, bool IsWord, MaterialState State);
