namespace Pilot1X.Core.Questionnaires;

/// <summary>An export a check counted: where it was, what it holds, and who mailed it (null when it was not mailed).</summary>
/// <param name="File">Its display path.</param>
/// <param name="Sender">The sender address of the mail it came in, or null for an upload or a file given to <c>check</c>.</param>
/// <param name="ReceivedAt">When it arrived.</param>
public sealed record CountedExport(string File, QuestionnaireExport Export, string? Sender, DateTimeOffset ReceivedAt);
