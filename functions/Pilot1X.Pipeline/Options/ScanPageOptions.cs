using System.ComponentModel.DataAnnotations;

namespace Pilot1X.Pipeline.Options;

/// <summary>
/// How the pipeline puts together a scan sent as loose page images (<c>…-1.jpg</c>, <c>…-2.jpg</c>) in separate uploads
/// or mails. Bound from <c>Pilot1X:ScanPages</c> (app setting <c>Pilot1X__ScanPages__Window</c>).
/// </summary>
public sealed class ScanPageOptions
{
    public const string SectionName = "Pilot1X:ScanPages";

    /// <summary>
    /// The longest pause between two pages of one scan: a page that arrives within it after the previous page of the same
    /// scan (same institution, same name) joins that scan; a page after a longer pause starts a new version of the scan.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(2);
}
