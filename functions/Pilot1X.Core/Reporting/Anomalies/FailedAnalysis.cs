namespace Pilot1X.Core.Reporting.Anomalies;

/// <summary>A submission whose analysis kept failing and was given up on (poisoned): nothing of it counts yet.</summary>
/// <param name="What">The submission as a person knows it: a mail by subject and arrival time, or an uploaded file by its name.</param>
/// <param name="ReceivedAt">When it arrived, when known.</param>
/// <param name="Attempts">How many times the analysis was tried.</param>
public sealed record FailedAnalysis(string What, DateTimeOffset? ReceivedAt, long Attempts);
