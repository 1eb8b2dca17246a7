namespace Pilot1X.Core.Formats;

/// <summary>A document that cannot be read (corrupt, truncated, encrypted, not what it claims); the message is Chinese and becomes a DOCUMENT_UNREADABLE finding.</summary>
public sealed class UnreadableDocumentException : Exception
{
    public UnreadableDocumentException() { }

    public UnreadableDocumentException(string message) : base(message) { }

    public UnreadableDocumentException(string message, Exception innerException) : base(message, innerException) { }
}
