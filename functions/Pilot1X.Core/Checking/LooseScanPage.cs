namespace Pilot1X.Core.Checking;

/// <summary>One loose page image of a scan (…-2.jpg), as a check attributed it.</summary>
/// <param name="Institution">The institution the scan counts for.</param>
/// <param name="Key">The scan's name shared by all its pages (<see cref="Scans.ScanPageGrouper"/>).</param>
/// <param name="Page">This page's number.</param>
/// <param name="File">Its display path.</param>
/// <param name="FileName">Its own name, as the school named it.</param>
/// <param name="ContentHash">SHA-256 of its bytes: the same page sent twice counts once.</param>
/// <param name="ScanFile">The display path of the page that stands for the whole scan (its first page).</param>
public sealed record LooseScanPage(string Institution, string Key, int Page, string File, string FileName, string ContentHash, string ScanFile);
