namespace Pilot1X.Pipeline.Submissions;

/// <summary>What one sweep of <c>uploads/</c> found.</summary>
/// <param name="Listed">Uploads under an institution folder.</param>
/// <param name="Queued">Blob names that had never been taken in and were queued for analysis now.</param>
/// <param name="Settling">Uploads too recent to judge: left to their own events (the next sweep looks again).</param>
public sealed record UploadSweepResult(int Listed, IReadOnlyList<string> Queued, int Settling);
