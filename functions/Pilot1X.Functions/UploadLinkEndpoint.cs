using System.Net;
using Azure.Storage.Blobs;
using Pilot1X.Core.Roster;
using Pilot1X.Storage;
using Pilot1X.Storage.Options;
using Pilot1X.Storage.Uploads;

namespace Pilot1X.Functions;

/// <summary>
/// What the admin upload-link function answers, apart from HTTP plumbing: a per-file upload SAS for a roster institution,
/// valid until the deadline plus the grace period unless a validity is given; Chinese errors for bad input.
/// </summary>
public sealed class UploadLinkEndpoint(BlobServiceClient blobs, PipelineStore store, InstitutionRoster roster, DeadlineClock deadline, TimeProvider clock)
{
    public async Task<(HttpStatusCode Status, object Body)> IssueAsync(string institution, string? file, string? validUntil, CancellationToken cancellationToken)
    {
        if (roster.Find(institution) is not { } known)
        {
            return (HttpStatusCode.NotFound, new { error = $"名单中没有“{institution}”：请使用名单上的单位全称。" });
        }

        var until = deadline.Deadline + UploadLinkIssuer.DefaultGrace;
        if (validUntil is not null && !DateTimeOffset.TryParse(validUntil, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out until))
        {
            return (HttpStatusCode.BadRequest, new { error = $"validUntil 的值“{validUntil}”不是带时区的时间，请写成 2020-12-30T23:59:59+08:00。" });
        }

        try
        {
            var link = await new UploadLinkIssuer(blobs, store.Options.UploadsContainer, clock)
                .IssueAsync(known, file ?? UploadLinkNames.DefaultArchive(known.Name, clock.GetUtcNow()), until, cancellationToken).ConfigureAwait(false);
            return (HttpStatusCode.OK, new { institution = link.Institution, blob = link.BlobName, url = link.Url.AbsoluteUri, validUntil = link.ValidUntil, permissions = link.Permissions });
        }
        catch (ArgumentException ex)
        {
            return (HttpStatusCode.BadRequest, new { error = ex.Message });
        }
    }
}
