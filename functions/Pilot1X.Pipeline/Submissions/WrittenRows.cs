namespace Pilot1X.Pipeline.Submissions;

/// <summary>How many finding and held rows one analysed submission wrote (its submission row records the counts).</summary>
public sealed record WrittenRows(int Findings, int Held);
