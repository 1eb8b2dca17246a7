namespace Pilot1X.Pipeline.Submissions;

/// <summary>A page of a scan that an earlier submission brought, read back to be analysed again with the new pages.</summary>
/// <param name="Institution">The institution the scan counts for.</param>
/// <param name="File">Its display path in the submission it came in.</param>
/// <param name="ReceivedAt">When that submission arrived.</param>
/// <param name="Content">The page image's bytes.</param>
public sealed record EarlierScanPage(string Institution, string File, DateTimeOffset ReceivedAt, ReadOnlyMemory<byte> Content);
