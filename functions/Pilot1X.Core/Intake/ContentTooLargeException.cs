namespace Pilot1X.Core.Intake;

/// <summary>Content that went past the size allowed for it while being read.</summary>
public sealed class ContentTooLargeException : Exception
{
    public ContentTooLargeException() { }

    public ContentTooLargeException(long limit) : base($"content exceeds {limit} bytes") => Limit = limit;

    public ContentTooLargeException(string message) : base(message) { }

    public ContentTooLargeException(string message, Exception innerException) : base(message, innerException) { }

    public long Limit { get; }
}
