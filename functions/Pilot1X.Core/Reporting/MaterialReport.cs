using Pilot1X.Core.Materials;

namespace Pilot1X.Core.Reporting;

/// <summary>Where one material of one institution stands.</summary>
/// <param name="Kind">Which material.</param>
/// <param name="Required">Whether the institution owes it (summary: all; evaluation: the sampled; cases: never).</param>
/// <param name="Word">The .docx version.</param>
/// <param name="Scan">The stamped scan.</param>
/// <param name="Files">The display paths of the current files of this material.</param>
public sealed record MaterialReport(MaterialKind Kind, bool Required, MaterialState Word, MaterialState Scan, IReadOnlyList<string> Files);
