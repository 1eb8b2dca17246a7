namespace Pilot1X.Core.Archives;

/// <summary>
/// One entry as the reader sees it, whichever SharpCompress API produced it (random-access archive or forward-only reader).
/// </summary>
/// <param name="RawPath">The entry name as stored (decoded, not yet sanitised).</param>
/// <param name="DeclaredSize">Uncompressed size from the headers; may be a lie.</param>
/// <param name="SizeKnown">False when the headers do not state the size (streamed zip entries with a data descriptor).</param>
/// <param name="CompressedSize">Packed size, or 0 when unknown (solid 7z/rar blocks).</param>
/// <param name="Open">Opens the decompressed content; valid only until the next entry is read.</param>
internal sealed record ArchiveEntryView(
    string RawPath,
    bool IsDirectory,
    bool IsEncrypted,
    bool IsLink,
    long DeclaredSize,
    bool SizeKnown,
    long CompressedSize,
    Func<Stream> Open);
