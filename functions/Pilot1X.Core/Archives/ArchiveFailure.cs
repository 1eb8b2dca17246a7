using SharpCompress.Common;

namespace Pilot1X.Core.Archives;

/// <summary>
/// The exceptions a corrupt, truncated or hostile archive makes the decoders throw. Only these become findings;
/// anything else (a bug, cancellation) propagates.
/// </summary>
internal static class ArchiveFailure
{
    public static bool IsReadFailure(Exception exception) => exception is SharpCompressException or IOException
        or InvalidDataException or NotSupportedException or InvalidOperationException or ArgumentException
        or IndexOutOfRangeException or OverflowException or FormatException
        && exception is not OperationCanceledException and not ObjectDisposedException;
}
