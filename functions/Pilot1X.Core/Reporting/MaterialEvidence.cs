using Pilot1X.Core.Materials;

namespace Pilot1X.Core.Reporting;

/// <summary>
/// What completeness needs to know of one received material file — small enough to store per document
/// (Table storage) so an institution's status can be recomputed from everything it ever sent.
/// </summary>
/// <param name="Kind">Which material.</param>
/// <param name="IsWord">A Word version (docx, doc, wps); otherwise a scan (PDF or page images).</param>
/// <param name="HasError">It carries an error finding.</param>
/// <param name="File">Its display path.</param>
/// <param name="ReceivedAt">When it arrived: the newest version of a material counts.</param>
/// <param name="VersionKey">Which versions replace each other: empty for a report; for a typical case, its normalised name (several cases may be sent).</param>
/// <param name="Submitter">Who sent it (<see cref="Attribution.SubmissionChannel.Submitter"/>): who may replace it depends on it; null when unknown.</param>
public sealed record MaterialEvidence(MaterialKind Kind, bool IsWord, bool HasError, string File, DateTimeOffset ReceivedAt, string VersionKey, string? Submitter = null);
