namespace Pilot1X.Core.Archives;

/// <summary>Identifies an archive by its first bytes: extensions are renamed freely, magic bytes are not.</summary>
internal static class ArchiveSignature
{
    private static readonly byte[] Rar = "Rar!\u001A\u0007"u8.ToArray();
    private static readonly byte[] SevenZip = [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C];

    /// <summary>The kind, or null when the bytes are none of zip, rar or 7z. Leaves the stream at its start.</summary>
    public static ArchiveKind? Detect(Stream stream)
    {
        var start = stream.Position;
        Span<byte> head = stackalloc byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        head = head[..read];
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] is 3 or 5 or 7 && head[3] == head[2] + 1)
        {
            return ArchiveKind.Zip;
        }

        if (head.StartsWith(Rar))
        {
            return ArchiveKind.Rar;
        }

        return head.StartsWith(SevenZip) ? ArchiveKind.SevenZip : null;
    }
}
