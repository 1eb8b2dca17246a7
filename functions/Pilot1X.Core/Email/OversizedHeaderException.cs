using Pilot1X.Core.Archives;

namespace Pilot1X.Core.Email;

/// <summary>
/// A message whose header block is longer than the intake limit: refused before MIME parsing. The Chinese message
/// names the mail by the part of its subject that could be read safely.
/// </summary>
public sealed class OversizedHeaderException : Exception
{
    public OversizedHeaderException() { }

    public OversizedHeaderException(string message) : base(message) { }

    public OversizedHeaderException(string message, Exception innerException) : base(message, innerException) { }

    internal OversizedHeaderException(string displayPath, string? subject, int limit)
        : base(subject is null
            ? $"邮件“{displayPath}”的邮件头超过上限 {ByteSize.Describe(limit)}，为保护系统未予解析，邮件中的附件均未受理。"
            : $"邮件“{subject}”（{displayPath}）的邮件头超过上限 {ByteSize.Describe(limit)}，为保护系统未予解析，邮件中的附件均未受理。")
    {
        Subject = subject;
        Limit = limit;
    }

    /// <summary>The start of the subject as far as it was safely read (at most 60 characters), or null.</summary>
    public string? Subject { get; }

    public int Limit { get; }
}
