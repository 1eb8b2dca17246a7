namespace Pilot1X.Core.Scans;

/// <summary>What the engine needs to know about one scan (a PDF or a set of loose page images): how many pages it has and whether it is sealed.</summary>
public sealed record ScanAnalysis(int Pages, SealStatus Seal)
{
    /// <summary>
    /// Why the seal could not be judged although the scan is in colour: the scan went beyond a <see cref="Intake.ScanLimits"/>
    /// budget (a Chinese clause naming the page and the limit); null when every page image was judged.
    /// </summary>
    public string? Unjudged { get; init; }
}
