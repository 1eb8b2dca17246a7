using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Blobs;

namespace Pilot1X.Pipeline.Uploads;

/// <summary>
/// Issues upload links for an institution. Blob-service SAS cannot be scoped to a prefix (directory SAS needs a
/// hierarchical-namespace account; Azurite has none), so each link is a blob SAS for exactly one blob under
/// <c>uploads/{institution}/</c> with permissions create + write only — no read, list, delete or tag access, and the
/// signature covers the blob name, so it cannot write anywhere else. Signed with the account key when the client has
/// one (Azurite, connection strings), otherwise with a user-delegation key (managed identity), whose lifetime Azure
/// caps at seven days from now. A SAS cannot cap the size of what is written with it, so the size limit is enforced at
/// intake instead: the analysis refuses a blob over <see cref="Pilot1X.Core.Intake.IntakeLimits.MaxEntryBytes"/> from its
/// properties, without downloading it (<see cref="Submissions.OversizedUpload"/>).
/// </summary>
public sealed class UploadLinkIssuer(BlobServiceClient blobs, string uploadsContainer, TimeProvider clock)
{
    public const string Permissions = "cw";

    /// <summary>How long after the deadline links stay valid by default.</summary>
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromDays(2);

    /// <summary>The longest a user-delegation SAS may live.</summary>
    public static readonly TimeSpan UserDelegationLimit = TimeSpan.FromDays(7);

    public async Task<UploadLink> IssueAsync(Institution institution, string fileName, DateTimeOffset validUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(institution);
        UploadLinkNames.Check(institution.Name, fileName);
        fileName = BlobNames.Segment(fileName);
        var now = clock.GetUtcNow();
        if (validUntil <= now)
        {
            throw new ArgumentException($"上传链接的有效期（{validUntil.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}）已过，请给出以后的时间。", nameof(validUntil));
        }

        var blobName = BlobNames.Path(institution.Name + "/" + fileName);
        var blob = blobs.GetBlobContainerClient(uploadsContainer).GetBlobClient(blobName);
        var builder = new BlobSasBuilder
        {
            BlobContainerName = uploadsContainer,
            BlobName = blobName,
            Resource = "b",
            StartsOn = now.AddMinutes(-5),
            ExpiresOn = validUntil,
            Protocol = blobs.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
        };
        builder.SetPermissions(BlobSasPermissions.Create | BlobSasPermissions.Write);
        if (blob.CanGenerateSasUri)
        {
            return new UploadLink(institution.Name, blobName, blob.GenerateSasUri(builder), validUntil, Permissions);
        }

        builder.ExpiresOn = validUntil < now + UserDelegationLimit ? validUntil : now + UserDelegationLimit;
        try
        {
            var key = await blobs.GetUserDelegationKeyAsync(builder.StartsOn, builder.ExpiresOn, cancellationToken).ConfigureAwait(false);
            var sas = builder.ToSasQueryParameters(key.Value, blobs.AccountName).ToString();
            return new UploadLink(institution.Name, blobName, new UriBuilder(blob.Uri) { Query = sas }.Uri, builder.ExpiresOn, Permissions);
        }
        catch (RequestFailedException ex)
        {
            throw new InvalidOperationException($"无法获取用户委托密钥来签发上传链接（{ex.Status} {ex.ErrorCode}）：请确认应用的托管标识有“存储 Blob 委托者”角色。", ex);
        }
    }
}
