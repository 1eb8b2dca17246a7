namespace Pilot1X.Core.Reporting.Anomalies;

/// <summary>An outgoing mail (receipt, reminder, notice, report) the sender gave up on: it is never resent automatically.</summary>
/// <param name="Subject">Its subject.</param>
/// <param name="To">Its recipients.</param>
/// <param name="GivenUpAt">When it was dead-lettered.</param>
/// <param name="Error">Why (the mail server's answer, or what was uncertain).</param>
public sealed record UndeliveredMail(string Subject, string To, DateTimeOffset? GivenUpAt, string? Error);
