using Pilot1X.Core.Materials;

namespace Pilot1X.Core.Attribution;

/// <summary>
/// A file held for the office instead of being filed: counted for nobody until the office decides, shown to it with
/// what arrived, how, which institution it names and why it was held.
/// </summary>
/// <param name="Named">The institution the file's name points to (canonical roster name).</param>
/// <param name="Channel">How it arrived.</param>
/// <param name="Reason">Why it was held.</param>
/// <param name="Kind">Which material it looks like.</param>
/// <param name="IsWord">A Word version rather than a scan.</param>
/// <param name="CurrentSubmitter">Who sent the version it would have replaced (<see cref="SubmissionChannel.Submitter"/>), if any.</param>
public sealed record HeldFiling(string Named, SubmissionChannel Channel, HoldReason Reason, MaterialKind Kind, bool IsWord, string? CurrentSubmitter);
