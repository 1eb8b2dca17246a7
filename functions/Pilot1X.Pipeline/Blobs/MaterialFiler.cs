using Azure;
using Azure.Storage.Blobs.Models;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;

namespace Pilot1X.Pipeline.Blobs;

/// <summary>
/// Files materials the way the notice asks ("clearly categorised and named"):
/// <c>{institution}/{material}/{canonical name}</c> holds the newest version of each material, and
/// <c>{institution}/原件/{submission}/{name}</c> keeps every original exactly as it was sent.
/// </summary>
public sealed class MaterialFiler(PipelineStore store)
{
    public const string OriginalsFolder = "原件";
    public const string UnassignedFolder = "未归属";
    private const string ReceivedAtKey = "receivedat";

    /// <summary>Keeps the original upload under the institution (or 未归属); returns the blob name.</summary>
    public async Task<string> KeepOriginalAsync(string folder, string submissionId, string fileName, Func<Stream> open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(open);
        var name = BlobNames.Path($"{folder}/{OriginalsFolder}/{submissionId}/{fileName}");
        await using var content = open();
        await store.Materials.GetBlobClient(name).UploadAsync(content, overwrite: true, cancellationToken).ConfigureAwait(false);
        return name;
    }

    /// <summary>
    /// Files a current material under its canonical name unless a newer version is already there (ETag-guarded, so
    /// parallel analyses settle on the newest); returns the blob name.
    /// </summary>
    public async Task<string> FileAsync(Institution institution, MaterialEvidence evidence, string originalName, Func<Stream> open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(institution);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(open);
        var fileName = evidence.Kind == MaterialKind.Case
            ? originalName
            : NamingRule.SuggestName(institution, evidence.Kind, scan: !evidence.IsWord, Path.GetExtension(originalName));
        var name = BlobNames.Path($"{institution.Name}/{MaterialNames.Brief(evidence.Kind)}/{fileName}");
        var blob = store.Materials.GetBlobClient(name);
        var stamp = evidence.ReceivedAt.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            BlobRequestConditions conditions;
            try
            {
                var existing = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
                if (existing.Metadata.TryGetValue(ReceivedAtKey, out var filed) && string.CompareOrdinal(filed, stamp) > 0)
                {
                    return name;
                }

                conditions = new BlobRequestConditions { IfMatch = existing.ETag };
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                conditions = new BlobRequestConditions { IfNoneMatch = ETag.All };
            }

            try
            {
                await using var content = open();
                await blob.UploadAsync(content, new BlobUploadOptions
                {
                    Conditions = conditions,
                    Metadata = new Dictionary<string, string>(StringComparer.Ordinal) { [ReceivedAtKey] = stamp },
                }, cancellationToken).ConfigureAwait(false);
                return name;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another analysis filed a version meanwhile: look again.
            }
        }

        return name;
    }
}
