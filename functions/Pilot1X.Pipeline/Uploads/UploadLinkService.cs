using Azure.Storage.Blobs;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Options;

namespace Pilot1X.Pipeline.Uploads;

/// <summary>
/// Issuing an upload link, as <c>pilot1x upload-link</c> and the admin function both do it: the institution must be on the
/// roster in force, the file name defaults to an archive of all its materials, and the link stays valid until the deadline
/// in force plus <see cref="UploadLinkIssuer.DefaultGrace"/> unless a validity is given.
/// </summary>
public sealed class UploadLinkService(BlobServiceClient blobs, PipelineStore store, InstitutionRoster roster, DeadlineClock deadline, TimeProvider clock)
{
    /// <summary>How long a link stays valid when no validity is given.</summary>
    public DateTimeOffset DefaultValidUntil => deadline.Deadline + UploadLinkIssuer.DefaultGrace;

    /// <summary>The roster institution a link may be issued for; <see cref="KeyNotFoundException"/> (in Chinese) when it is not on the roster.</summary>
    public Institution Institution(string name) =>
        roster.Find(name) ?? throw new KeyNotFoundException($"名单中没有“{name}”：请使用名单上的单位全称。");

    /// <summary>
    /// One link for <paramref name="file"/> (null: the default archive name). Throws <see cref="KeyNotFoundException"/> for an
    /// institution not on the roster, <see cref="ArgumentException"/> for a file name or validity a link cannot have, and
    /// <see cref="InvalidOperationException"/> when the account cannot sign one.
    /// </summary>
    public async Task<UploadLink> IssueAsync(string institution, string? file, DateTimeOffset? validUntil, CancellationToken cancellationToken)
    {
        var known = Institution(institution);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return await new UploadLinkIssuer(blobs, store.Options.UploadsContainer, clock)
            .IssueAsync(known, file ?? UploadLinkNames.DefaultArchive(known.Name, clock.GetUtcNow()), validUntil ?? DefaultValidUntil, cancellationToken)
            .ConfigureAwait(false);
    }
}
