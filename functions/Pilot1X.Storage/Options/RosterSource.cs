using Azure;
using Azure.Storage.Blobs;
using Pilot1X.Core.Roster;

namespace Pilot1X.Storage.Options;

/// <summary>
/// Where the roster comes from: a file (local runs), a blob the office uploaded (the deployment's
/// <c>Pilot1X__RosterBlob</c>), or the 25 sampled institutions of 附件2 built in.
/// </summary>
public static class RosterSource
{
    public static InstitutionRoster Load(AnalysisOptions options, BlobServiceClient blobs)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(blobs);
        if (!string.IsNullOrWhiteSpace(options.RosterPath))
        {
            return RosterLoader.Load(options.RosterPath);
        }

        if (string.IsNullOrWhiteSpace(options.RosterBlob))
        {
            return DefaultRoster.Create();
        }

        var path = options.RosterBlob.Trim('/');
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var blob = blobs.GetBlobContainerClient(path[..slash]).GetBlobClient(path[(slash + 1)..]);
        try
        {
            using var content = blob.DownloadContent().Value.Content.ToStream();
            return path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? RosterLoader.LoadCsv(content) : RosterLoader.LoadXlsx(content);
        }
        catch (RequestFailedException ex)
        {
            throw new RosterFormatException($"无法读取名单 Blob“{options.RosterBlob}”（HTTP {ex.Status}）：请确认已上传该文件且应用的托管标识有读取权限。", ex);
        }
    }
}
