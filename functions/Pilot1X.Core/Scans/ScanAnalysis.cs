namespace Pilot1X.Core.Scans;

/// <summary>What the engine needs to know about one scan (a PDF or a set of loose page images): how many pages it has and whether it is sealed.</summary>
public sealed record ScanAnalysis(int Pages, SealStatus Seal);
