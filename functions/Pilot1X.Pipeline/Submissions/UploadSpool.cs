using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// The uploaded blob as the analysis reads it: the exact version the intake saw (its ETag), sized before it is fetched
/// so an oversized upload is refused without a download, then spooled to a temporary file the engine can reopen.
/// A version that is gone or was replaced is not an error: the newer upload is a submission of its own.
/// </summary>
public sealed class UploadSpool(PipelineStore store, ILogger<UploadSpool> logger)
{
    /// <summary>A fresh temporary path for one attempt at one submission; <see cref="Delete"/> it when the attempt ends.</summary>
    public static string NewPath(AnalysisRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Path.Combine(Path.GetTempPath(), "pilot1x-" + request.SubmissionId + "-" + Guid.NewGuid().ToString("N"));
    }

    public static void Delete(string path) => File.Delete(path);

    /// <summary>The size of the exact version the intake saw; null when it is gone or was replaced.</summary>
    public async Task<long?> SizeAsync(AnalysisRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var conditions = new BlobRequestConditions { IfMatch = new ETag(request.ETag) };
            var properties = await store.Uploads.GetBlobClient(request.BlobName).GetPropertiesAsync(conditions, cancellationToken).ConfigureAwait(false);
            return properties.Value.ContentLength;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            logger.LogWarning("Upload {BlobName} of submission {SubmissionId} is gone or was replaced (HTTP {Status})", request.BlobName, request.SubmissionId, ex.Status);
            return null;
        }
    }

    /// <summary>Downloads the exact version the intake saw to <paramref name="path"/>; false when it is gone or was replaced.</summary>
    public async Task<bool> DownloadAsync(AnalysisRequest request, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var conditions = new BlobRequestConditions { IfMatch = new ETag(request.ETag) };
            await store.Uploads.GetBlobClient(request.BlobName)
                .DownloadToAsync(path, new BlobDownloadToOptions { Conditions = conditions }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            logger.LogWarning("Upload {BlobName} of submission {SubmissionId} is gone or was replaced (HTTP {Status})", request.BlobName, request.SubmissionId, ex.Status);
            return false;
        }
    }
}
