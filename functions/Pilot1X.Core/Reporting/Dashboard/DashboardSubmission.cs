namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>One submission taken in, for the chart of submissions over time.</summary>
/// <param name="SubmissionId">Its id.</param>
/// <param name="ReceivedAt">When it counts as received.</param>
/// <param name="Institutions">The roster institutions its analysis attributed files to (empty while queued or when none).</param>
public sealed record DashboardSubmission(string SubmissionId, DateTimeOffset ReceivedAt, IReadOnlyList<string> Institutions);
