using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>One institution's stored status: what <c>pilot1x status</c> and the office read.</summary>
/// <param name="Name">单位名称.</param>
/// <param name="Sampled">Whether it is a sampled institution.</param>
/// <param name="Level">The contract's level label (中职, 高职, 本科).</param>
/// <param name="Complete">Every material it owes has a valid Word version and a valid scan.</param>
/// <param name="Materials">Where each material stands.</param>
/// <param name="Findings">The MATERIAL_MISSING findings: what it still has to send.</param>
/// <param name="Documents">How many current material files count towards it.</param>
/// <param name="Version">How many times the row was written: every analysis of the institution adds one.</param>
/// <param name="UpdatedAt">When it was last recomputed.</param>
public sealed record InstitutionStatus(
    string Name,
    bool Sampled,
    string Level,
    bool Complete,
    IReadOnlyList<MaterialReport> Materials,
    IReadOnlyList<Finding> Findings,
    int Documents,
    long Version,
    DateTimeOffset UpdatedAt);
