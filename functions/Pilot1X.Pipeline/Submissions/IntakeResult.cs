namespace Pilot1X.Pipeline.Submissions;

/// <summary>What the upload intake did with one blob event.</summary>
/// <param name="SubmissionId">The submission the blob version belongs to.</param>
/// <param name="Queued">True when this event created the submission and queued its analysis; false for a repeated event.</param>
public sealed record IntakeResult(string SubmissionId, bool Queued);
