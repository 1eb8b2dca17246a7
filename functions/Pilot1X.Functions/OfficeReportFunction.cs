using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;

namespace Pilot1X.Functions;

/// <summary>
/// The office's report: daily by timer (<c>Reports__Schedule</c>, UTC; default 18:00 CST) into the mail outbox,
/// <c>GET /api/reports/summary.xlsx</c> for the current 汇总表 and <c>POST /api/reports/send?to=…</c> for an on-demand
/// mail. Function-level keys: the workbook names institutions and contacts.
/// </summary>
public sealed class OfficeReportFunction(OfficeReportEndpoint endpoint, ILogger<OfficeReportFunction> logger)
{
    [Function(FunctionNames.SendDailyReport)]
    public async Task SendDailyAsync([TimerTrigger(FunctionNames.ReportSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var report = await endpoint.SendDailyAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Daily report {MessageId}: {Outcome}", report.MessageId, report.Queued ? "queued" : "already sent today");
    }

    [Function(FunctionNames.DownloadReport)]
    public async Task<HttpResponseData> DownloadAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = FunctionNames.ReportWorkbookRoute)] HttpRequestData request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var file = await endpoint.WorkbookAsync(cancellationToken).ConfigureAwait(false);
        var response = request.CreateResponse(HttpStatusCode.OK);
        response.Headers.Add("Content-Type", file.ContentType);
        response.Headers.Add("Content-Disposition", file.ContentDisposition);
        response.Headers.Add("Cache-Control", "no-store");
        await response.Body.WriteAsync(file.Content, cancellationToken).ConfigureAwait(false);
        return response;
    }

    [Function(FunctionNames.SendReport)]
    public async Task<HttpResponseData> SendAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = FunctionNames.ReportSendRoute)] HttpRequestData request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (status, body) = await endpoint.SendAsync(request.Query["to"], cancellationToken).ConfigureAwait(false);
        var response = request.CreateResponse();
        await response.WriteAsJsonAsync(body, cancellationToken).ConfigureAwait(false);
        response.StatusCode = status;
        return response;
    }
}
