using System.Text;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace Pilot1X.Functions;

/// <summary>
/// <c>GET /api/dashboard</c>: the office's read-only dashboard. Function level, so a function key is needed; for
/// sign-in by person instead of a shared key, put App Service Authentication (Entra ID) in front of the app — the page
/// itself has no state, forms or links to act on, so either gate covers it completely.
/// </summary>
public sealed class DashboardFunction(DashboardEndpoint endpoint)
{
    [Function(FunctionNames.Dashboard)]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = FunctionNames.DashboardRoute)] HttpRequestData request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (status, headers, body) = await endpoint.RenderAsync(cancellationToken).ConfigureAwait(false);
        var response = request.CreateResponse(status);
        foreach (var (name, value) in headers)
        {
            response.Headers.Add(name, value);
        }

        await response.WriteStringAsync(body, cancellationToken, Encoding.UTF8).ConfigureAwait(false);
        return response;
    }
}
