namespace Pilot1X.Core.Reporting;

/// <summary>An input that is deliberately not a submission: an auto-reply, a bounce, a message received twice.</summary>
/// <param name="File">Its display path.</param>
/// <param name="Reason"><c>AUTO_REPLY</c>, <c>BOUNCE</c> or <c>DUPLICATE</c>.</param>
public sealed record IgnoredInput(string File, string Reason);
