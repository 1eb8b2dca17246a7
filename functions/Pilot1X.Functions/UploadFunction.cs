using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Functions;

/// <summary>A school's file landed in <c>uploads/{institution}/{name}</c> (Event Grid, as Flex Consumption requires): record it and queue its analysis.</summary>
public sealed class UploadFunction(UploadIntake intake)
{
    [Function(FunctionNames.Upload)]
    public async Task RunAsync(
        [BlobTrigger(FunctionNames.UploadPath, Source = BlobTriggerSource.EventGrid, Connection = FunctionNames.Connection)] BlobClient upload,
        CancellationToken cancellationToken)
    {
        await intake.AcceptAsync(upload, receivedAt: null, cancellationToken).ConfigureAwait(false);
    }
}
