using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Functions;

/// <summary>An analysis message that failed too often: record why in the Poison table and mark its submission, so nothing is silently dropped.</summary>
public sealed class PoisonFunction(PoisonRecorder recorder)
{
    [Function(FunctionNames.RecordPoison)]
    public async Task RunAsync(
        [QueueTrigger(FunctionNames.PoisonQueue, Connection = FunctionNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await recorder.RecordAsync(message.MessageId, message.Body.ToString(), message.DequeueCount, cancellationToken).ConfigureAwait(false);
    }
}
