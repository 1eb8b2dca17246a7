using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Functions;

/// <summary>One queued submission: analyse it. A failure is recorded on the submission and rethrown, so the queue retries it (host.json maxDequeueCount).</summary>
public sealed class AnalyzeFunction(SubmissionAnalyzer analyzer)
{
    [Function(FunctionNames.Analyze)]
    public async Task RunAsync(
        [QueueTrigger(FunctionNames.AnalysisQueue, Connection = FunctionNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await analyzer.AnalyzeAsync(AnalysisRequest.Parse(message.Body.ToString()), cancellationToken).ConfigureAwait(false);
    }
}
