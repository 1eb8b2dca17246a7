namespace Pilot1X.Core.Findings;

/// <summary>One problem found in a submission: a contract code, a Chinese message naming the file and the fix.</summary>
/// <param name="Code">A <see cref="FindingCode"/> constant.</param>
/// <param name="Severity">The contract's severity for <paramref name="Code"/>.</param>
/// <param name="File">The display path of the file concerned (<c>!/</c> steps into a container), or null for the institution as a whole.</param>
/// <param name="Message">What is wrong, in Chinese.</param>
/// <param name="Suggestion">How to fix it, in Chinese (for NAME_NONCONFORMING: exactly the right file name).</param>
public sealed record Finding(string Code, Severity Severity, string? File, string Message, string? Suggestion = null)
{
    /// <summary>A finding with the contract's severity for its code.</summary>
    public static Finding Of(string code, string? file, string message, string? suggestion = null) =>
        new(code, FindingCode.SeverityOf(code), file, message, suggestion);

    /// <summary>The fix a text should print after the message, or null when the message already says it (建议统一命名为“…”).</summary>
    public string? FixBeyondMessage() =>
        Suggestion is { Length: > 0 } fix && !Message.Contains(fix, StringComparison.Ordinal) ? fix : null;
}
