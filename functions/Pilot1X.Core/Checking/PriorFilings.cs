using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;

namespace Pilot1X.Core.Checking;

/// <summary>
/// The current versions filed before this check began (the pipeline's stored evidence; none for <c>pilot1x check</c>,
/// where everything is in the one run): who sent each, so <see cref="Attribution.FilingAuthority"/> can tell whether a new
/// file would replace someone else's version.
/// </summary>
public sealed class PriorFilings
{
    private readonly Dictionary<FilingSlot, string> _submitters;

    private PriorFilings(Dictionary<FilingSlot, string> submitters) => _submitters = submitters;

    public static PriorFilings None { get; } = new([]);

    /// <summary>From every stored piece of evidence of the given institutions (only the current versions count).</summary>
    public static PriorFilings From(IEnumerable<(string Institution, IReadOnlyList<MaterialEvidence> Evidence)> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var submitters = new Dictionary<FilingSlot, string>();
        foreach (var (institution, evidence) in stored)
        {
            foreach (var current in CompletenessEvaluator.CurrentVersions(evidence))
            {
                // Empty, not null: a version whose sender was never recorded still exists and is not the new sender's.
                submitters[new(institution, current.Kind, current.IsWord, current.VersionKey)] = current.Submitter ?? string.Empty;
            }
        }

        return new(submitters);
    }

    internal Dictionary<FilingSlot, string> Copy() => new(_submitters);
}

/// <summary>One place a version can hold: an institution's material, Word or scan, and version key (a case's name).</summary>
internal readonly record struct FilingSlot(string Institution, MaterialKind Kind, bool IsWord, string VersionKey);
