namespace Pilot1X.Pipeline.Submissions;

/// <summary>What one analysis did: the submission's new state and the statuses it recomputed.</summary>
public sealed record AnalysisOutcome(string SubmissionId, SubmissionState State, IReadOnlyList<InstitutionStatus> Statuses)
{
    /// <summary>True when the submission had been analysed before and this message changed nothing.</summary>
    public bool Repeated { get; init; }
}
