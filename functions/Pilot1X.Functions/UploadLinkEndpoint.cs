using System.Globalization;
using System.Net;
using Pilot1X.Pipeline.Uploads;

namespace Pilot1X.Functions;

/// <summary>
/// What the admin upload-link function answers, apart from HTTP plumbing: the link <see cref="UploadLinkService"/> issues
/// (as <c>pilot1x upload-link</c> does), its refusals as Chinese errors with the fitting status code.
/// </summary>
public sealed class UploadLinkEndpoint(UploadLinkService links)
{
    public async Task<(HttpStatusCode Status, object Body)> IssueAsync(string institution, string? file, string? validUntil, CancellationToken cancellationToken)
    {
        DateTimeOffset? until = null;
        if (validUntil is not null)
        {
            if (!DateTimeOffset.TryParse(validUntil, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return (HttpStatusCode.BadRequest, new { error = $"validUntil 的值“{validUntil}”不是带时区的时间，请写成 2020-12-30T23:59:59+08:00。" });
            }

            until = parsed;
        }

        try
        {
            var link = await links.IssueAsync(institution, file, until, cancellationToken).ConfigureAwait(false);
            return (HttpStatusCode.OK, new { institution = link.Institution, blob = link.BlobName, url = link.Url.AbsoluteUri, validUntil = link.ValidUntil, permissions = link.Permissions });
        }
        catch (KeyNotFoundException ex)
        {
            return (HttpStatusCode.NotFound, new { error = ex.Message });
        }
        catch (ArgumentException ex)
        {
            return (HttpStatusCode.BadRequest, new { error = ex.Message });
        }
    }
}
