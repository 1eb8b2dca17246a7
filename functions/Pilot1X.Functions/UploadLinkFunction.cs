using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;

namespace Pilot1X.Functions;

/// <summary>
/// <c>POST /api/upload-links/{institution}?file=NAME&amp;validUntil=T</c> with the admin (master) key: a SAS URL that can
/// only create/write <c>uploads/{institution}/{file}</c>. Admin level because a link is a write credential.
/// </summary>
public sealed class UploadLinkFunction(UploadLinkEndpoint endpoint)
{
    [Function(FunctionNames.IssueUploadLink)]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = FunctionNames.UploadLinkRoute)] HttpRequestData request,
        string institution,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (status, body) = await endpoint.IssueAsync(institution, request.Query["file"], request.Query["validUntil"], cancellationToken).ConfigureAwait(false);
        var response = request.CreateResponse();
        await response.WriteAsJsonAsync(body, cancellationToken).ConfigureAwait(false);
        response.StatusCode = status;
        return response;
    }
}
