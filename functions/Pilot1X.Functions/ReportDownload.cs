namespace Pilot1X.Functions;

/// <summary>The 汇总表 as an HTTP download: bytes, media type and a Content-Disposition that keeps the Chinese file name.</summary>
public sealed record ReportDownload(byte[] Content, string ContentType, string ContentDisposition, string FileName);
