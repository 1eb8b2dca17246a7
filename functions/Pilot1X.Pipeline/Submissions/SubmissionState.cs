namespace Pilot1X.Pipeline.Submissions;

/// <summary>Where a submission is in the pipeline (stored as its name in the Submissions table).</summary>
public enum SubmissionState
{
    /// <summary>Recorded and waiting in the analysis queue.</summary>
    Queued,
    /// <summary>Analysed: documents, sections, findings and status written.</summary>
    Analyzed,
    /// <summary>An analysis attempt failed; the queue will retry it.</summary>
    Failed,
    /// <summary>Failed too often: moved to the poison queue, reason recorded in the Poison table.</summary>
    Poisoned,
    /// <summary>The blob was replaced or deleted before analysis; the newer upload is its own submission.</summary>
    Gone,
}
