namespace Pilot1X.Core.Scans;

/// <summary>
/// The exceptions a PDF/image library throws on a malformed file (its own types and the BCL ones its parsers
/// raise on bad offsets, lengths and casts). Only these become "unreadable"; cancellation and real runtime
/// failures still propagate.
/// </summary>
internal static class LibraryFailure
{
    public static bool IsMalformedInput(Exception exception) => exception switch
    {
        OperationCanceledException or OutOfMemoryException or StackOverflowException => false,
        Pilot1X.Core.Formats.UnreadableDocumentException => false,
        _ when exception.GetType().Namespace?.StartsWith("UglyToad.PdfPig", StringComparison.Ordinal) == true => true,
        InvalidOperationException or ArgumentException or FormatException or IndexOutOfRangeException
            or InvalidCastException or KeyNotFoundException or NullReferenceException or OverflowException
            or NotSupportedException or IOException or InvalidDataException => true,
        _ => false,
    };
}
