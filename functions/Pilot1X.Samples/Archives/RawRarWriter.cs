using System.Buffers.Binary;

namespace Pilot1X.Samples;

/// <summary>
/// Writes a RAR 4.x archive of stored (uncompressed) files block by block — no RAR writer exists in .NET — with
/// names as raw bytes, as WinRAR on Chinese Windows stores them without its Unicode name flag.
/// </summary>
internal static class RawRarWriter
{
    private static readonly byte[] Marker = [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00];
    private static readonly byte[] End = [0xC4, 0x3D, 0x7B, 0x00, 0x40, 0x07, 0x00];

    public static byte[] Write(IEnumerable<(byte[] Name, byte[] Content)> files, bool encrypted = false)
    {
        using var output = new MemoryStream();
        output.Write(Marker);
        WriteBlock(output, 0x73, 0x0000, new byte[6]);
        foreach (var (name, content) in files)
        {
            var fields = new byte[25 + name.Length];
            var span = fields.AsSpan();
            BinaryPrimitives.WriteUInt32LittleEndian(span, (uint)content.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)content.Length);
            span[8] = 2; // host OS: Windows
            BinaryPrimitives.WriteUInt32LittleEndian(span[9..], ZipCrc32.Compute(content));
            BinaryPrimitives.WriteUInt32LittleEndian(span[13..], 0x51946000);
            span[17] = 20; // version needed 2.0
            span[18] = 0x30; // method: store
            BinaryPrimitives.WriteUInt16LittleEndian(span[19..], (ushort)name.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(span[21..], 0x20); // archive attribute
            name.CopyTo(span[25..]);
            WriteBlock(output, 0x74, (ushort)(encrypted ? 0x8004 : 0x8000), fields);
            output.Write(content);
        }

        output.Write(End);
        return output.ToArray();
    }

    private static void WriteBlock(Stream output, byte type, ushort flags, byte[] fields)
    {
        var block = new byte[7 + fields.Length];
        block[2] = type;
        BinaryPrimitives.WriteUInt16LittleEndian(block.AsSpan(3), flags);
        BinaryPrimitives.WriteUInt16LittleEndian(block.AsSpan(5), (ushort)block.Length);
        fields.CopyTo(block, 7);
        BinaryPrimitives.WriteUInt16LittleEndian(block, (ushort)(ZipCrc32.Compute(block.AsSpan(2)) & 0xFFFF));
        output.Write(block);
    }
}
