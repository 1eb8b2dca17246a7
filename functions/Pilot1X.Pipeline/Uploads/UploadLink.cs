namespace Pilot1X.Pipeline.Uploads;

/// <summary>A SAS URL that can only create or overwrite one blob, <c>uploads/{institution}/{file}</c>, until <paramref name="ValidUntil"/>.</summary>
/// <param name="Institution">The roster institution the upload is filed under.</param>
/// <param name="BlobName">The blob it may write.</param>
/// <param name="Url">Where to PUT the file (Put Blob, or Put Block + Put Block List).</param>
/// <param name="ValidUntil">When the signature expires.</param>
/// <param name="Permissions">The SAS permissions: <c>cw</c>.</param>
public sealed record UploadLink(string Institution, string BlobName, Uri Url, DateTimeOffset ValidUntil, string Permissions);
