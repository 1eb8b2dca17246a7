using System.Net;
using Azure;
using Microsoft.Extensions.Logging;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Pipeline.Options;
using Pilot1X.Pipeline.Reporting;

namespace Pilot1X.Functions;

/// <summary>
/// What the dashboard function answers, apart from HTTP plumbing: the page read fresh from storage as of now, with a
/// new nonce and the page's security headers; a Chinese 503 when storage cannot be read, so the office knows to retry.
/// </summary>
public sealed class DashboardEndpoint(OfficeSnapshotReader reader, DeadlineClock deadline, ILogger<DashboardEndpoint> logger)
{
    public async Task<(HttpStatusCode Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)> RenderAsync(CancellationToken cancellationToken)
    {
        DashboardData data;
        try
        {
            data = await reader.ReadAsync(deadline.Now, deadline.Deadline, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            logger.LogError(ex, "Dashboard could not read storage: {Status} {Code}", ex.Status, ex.ErrorCode);
            return (HttpStatusCode.ServiceUnavailable,
                [new("Content-Type", "text/plain; charset=utf-8"), new("Cache-Control", "no-store"), new("X-Content-Type-Options", "nosniff")],
                "暂时读不到存储中的状态，请稍后刷新页面。\n");
        }

        var nonce = DashboardPage.NewNonce();
        return (HttpStatusCode.OK, DashboardPage.ResponseHeaders(nonce), DashboardPage.Render(data, nonce));
    }
}
