namespace Pilot1X.Pipeline.Submissions;

/// <summary>A message that kept failing, as recorded in the Poison table.</summary>
/// <param name="MessageId">The queue message's id.</param>
/// <param name="SubmissionId">Its submission, when the message could be read.</param>
/// <param name="Reason">Why it failed (Chinese where the pipeline wrote it; the exception's text otherwise).</param>
/// <param name="DequeueCount">How often it was tried.</param>
public sealed record PoisonRecord(string MessageId, string? SubmissionId, string Reason, long DequeueCount);
