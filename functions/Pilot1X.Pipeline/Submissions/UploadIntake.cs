using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Pilot1X.Core.Checking;
using Pilot1X.Pipeline.Blobs;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// First stage: a blob landed in <c>uploads/{institution}/{name}</c> → a submission record and one analysis message.
/// Event Grid delivers at least once, and a school may upload the same file twice, so the stage is idempotent on the
/// blob name plus its content hash (MD5 when the service has one, else the ETag): a repeated event finds its key in
/// <c>ProcessedKeys</c> and queues nothing.
/// </summary>
public sealed class UploadIntake(PipelineStore store, ILogger<UploadIntake> logger)
{
    public const string Stage = "intake";

    /// <summary>Uploads a file as a school would, then takes it in as the blob event does (the local pipeline has no Event Grid).</summary>
    public async Task<IntakeResult> UploadAsync(string institution, string name, Stream content, DateTimeOffset? receivedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(institution);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var blob = store.Uploads.GetBlobClient(BlobNames.Path(institution + "/" + name));
        await blob.UploadAsync(content, overwrite: true, cancellationToken).ConfigureAwait(false);
        return await AcceptAsync(blob, receivedAt, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Handles one blob event: records the submission and queues its analysis, unless this blob version was already taken in.</summary>
    /// <param name="receivedAt">When it counts as received; null means the blob's upload time.</param>
    public async Task<IntakeResult> AcceptAsync(BlobClient upload, DateTimeOffset? receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var slash = upload.Name.IndexOf('/', StringComparison.Ordinal);
        var institution = slash > 0 ? upload.Name[..slash] : string.Empty;
        var properties = (await upload.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        var version = Version(properties.ContentHash, properties.ETag);
        var key = ProcessedKey(upload.Name, version);
        var submissionId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(upload.Name + "|" + version)))[..24];
        var processed = await store.ProcessedKeys.GetEntityIfExistsAsync<TableEntity>(Stage, key, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (processed.HasValue)
        {
            logger.LogInformation("Upload {BlobName} ({Version}) was already taken in as submission {SubmissionId}; nothing queued", upload.Name, version, submissionId);
            return new IntakeResult(submissionId, Queued: false);
        }

        var when = (receivedAt ?? properties.LastModified).ToOffset(CheckOptions.ChinaStandardTime);
        var request = new AnalysisRequest(submissionId, institution, upload.Name, properties.ETag.ToString(), when);
        var record = new SubmissionRow(institution, submissionId)
        {
            BlobName = upload.Name,
            ETag = request.ETag,
            ContentVersion = version,
            Size = properties.ContentLength,
            ReceivedAt = when,
            State = SubmissionState.Queued,
        }.ToEntity();
        TableLimits.Validate(record, store.Submissions.Name);
        try
        {
            // Add, not upsert: a record that already moved on (analysed, failed) must not be reset to Queued.
            await store.Submissions.AddEntityAsync(record, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            logger.LogInformation("Submission {SubmissionId} already recorded; re-queuing its analysis after an interrupted intake", submissionId);
        }

        await store.AnalysisQueue.SendMessageAsync(request.ToMessage(), cancellationToken).ConfigureAwait(false);
        await store.ProcessedKeys.UpsertEntityAsync(
            new ProcessedKeyRow(Stage, key, upload.Name, submissionId).ToEntity(),
            TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Upload {BlobName} recorded as submission {SubmissionId} of {Institution} and queued for analysis", upload.Name, submissionId, institution);
        return new IntakeResult(submissionId, Queued: true);
    }

    /// <summary>A blob version as the intake tells versions apart: the content MD5 when the service has one, else the ETag.</summary>
    internal static string Version(byte[]? contentHash, ETag etag) =>
        contentHash is { Length: > 0 } md5 ? "md5:" + Convert.ToHexStringLower(md5) : "etag:" + etag;

    /// <summary>The RowKey under <see cref="Stage"/> in <c>ProcessedKeys</c> that marks this blob version as taken in.</summary>
    internal static string ProcessedKey(string blobName, string version) => TableKey.Encode(blobName + "|" + version);
}
