using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pilot1X.Core.Roster;

namespace Pilot1X.Pipeline.Options;

/// <summary>
/// Where the roster comes from: a file (<c>--roster</c> in local runs), the roster stored in the storage account
/// (<see cref="RosterOptions.StoredBlob"/>: what <c>pilot1x run --roster</c> stored, or what the office uploaded to
/// <c>Pilot1X__RosterBlob</c>), or the 25 sampled institutions of 附件2 built in. The one owner of the stored form:
/// the file as given, with its own name and the time it was stored in the blob's metadata.
/// </summary>
public static class RosterSource
{
    private const string SourceNameKey = "sourcename";
    private const string StoredAtKey = "storedat";

    public static RosterSelection Load(RosterOptions options, BlobServiceClient blobs)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(blobs);
        if (!string.IsNullOrWhiteSpace(options.RosterPath))
        {
            var roster = RosterLoader.Load(options.RosterPath);
            return new(roster, new RosterOrigin(Path.GetFileName(options.RosterPath), null, roster.Institutions.Count));
        }

        var blob = Blob(options, blobs);
        try
        {
            var download = blob.DownloadContent().Value;
            using var content = download.Content.ToStream();
            var roster = IsWorkbook(download.Content) ? RosterLoader.LoadXlsx(content) : RosterLoader.LoadCsv(content);
            var metadata = download.Details.Metadata;
            var name = metadata.TryGetValue(SourceNameKey, out var escaped) ? Uri.UnescapeDataString(escaped) : Path.GetFileName(options.StoredBlob);
            var storedAt = metadata.TryGetValue(StoredAtKey, out var at) && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : download.Details.LastModified;
            return new(roster, new RosterOrigin(name, storedAt, roster.Institutions.Count));
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && string.IsNullOrWhiteSpace(options.RosterBlob))
        {
            // Nothing stored and nothing configured: the notice's own roster.
            var builtIn = DefaultRoster.Create();
            return new(builtIn, new RosterOrigin(null, null, builtIn.Institutions.Count));
        }
        catch (RequestFailedException ex)
        {
            throw new RosterFormatException($"无法读取名单 Blob“{options.StoredBlob}”（HTTP {ex.Status}）：请确认已上传该文件且应用的托管标识有读取权限。", ex);
        }
    }

    /// <summary>
    /// Stores a roster file (checked first: a file that does not load is refused) where the app reads it; storing the
    /// same file again just replaces it.
    /// </summary>
    public static async Task<RosterOrigin> SaveAsync(string path, RosterOptions options, BlobServiceClient blobs, DateTimeOffset storedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(blobs);
        var roster = RosterLoader.Load(path);
        var blob = Blob(options, blobs);
        await blobs.GetBlobContainerClient(blob.BlobContainerName).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var name = Path.GetFileName(path);
        await using var content = File.OpenRead(path);
        await blob.UploadAsync(content, new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string>
            {
                [SourceNameKey] = Uri.EscapeDataString(name),
                [StoredAtKey] = storedAt.ToString("O", CultureInfo.InvariantCulture),
            },
        }, cancellationToken).ConfigureAwait(false);
        return new RosterOrigin(name, storedAt, roster.Institutions.Count);
    }

    private static BlobClient Blob(RosterOptions options, BlobServiceClient blobs)
    {
        var path = options.StoredBlob;
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        return blobs.GetBlobContainerClient(path[..slash]).GetBlobClient(path[(slash + 1)..]);
    }

    // An .xlsx is a zip package; anything else is read as CSV (whose loader explains what it finds).
    private static bool IsWorkbook(BinaryData content) => content.ToMemory().Span is [(byte)'P', (byte)'K', 3, 4, ..];
}
