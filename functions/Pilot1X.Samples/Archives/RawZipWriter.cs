using System.Buffers.Binary;

namespace Pilot1X.Samples;

/// <summary>
/// Writes zip files header by header (stored entries only) so samples can carry exactly the bytes real tools
/// produce: raw GBK names without the UTF-8 flag, Unicode Path extra fields, the encryption flag, hostile paths.
/// </summary>
internal sealed class RawZipWriter : IDisposable
{
    public const ushort EncryptedFlag = 0x0001;
    public const ushort Utf8Flag = 0x0800;

    private readonly MemoryStream local = new();
    private readonly MemoryStream central = new();
    private int count;

    /// <summary>Offset of the most recently added local header.</summary>
    public long LastEntryOffset { get; private set; }

    public void AddStored(byte[] nameBytes, byte[] content, ushort flags = 0, byte[]? extra = null)
    {
        extra ??= [];
        var crc = ZipCrc32.Compute(content);
        var data = content;
        if ((flags & EncryptedFlag) != 0)
        {
            // A ZipCrypto entry: 12-byte encryption header, then the (here: scrambled) data.
            data = new byte[12 + content.Length];
            for (var i = 0; i < data.Length; i++)
            {
                data[i] = (byte)((i < 12 ? 0x5A + i : content[i - 12]) ^ 0xA5);
            }
        }

        LastEntryOffset = local.Length;
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034B50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 20);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], flags);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], 0x6000);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], 0x5194);
        BinaryPrimitives.WriteUInt32LittleEndian(header[14..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], (uint)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[22..], (uint)content.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)nameBytes.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)extra.Length);
        local.Write(header);
        local.Write(nameBytes);
        local.Write(extra);
        local.Write(data);

        Span<byte> entry = stackalloc byte[46];
        BinaryPrimitives.WriteUInt32LittleEndian(entry, 0x02014B50);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[4..], 20);
        header[4..30].CopyTo(entry[6..]);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[42..], (uint)LastEntryOffset);
        central.Write(entry);
        central.Write(nameBytes);
        central.Write(extra);
        count++;
    }

    public byte[] Finish()
    {
        var directoryOffset = local.Length;
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054B50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)directoryOffset);
        central.Position = 0;
        central.CopyTo(local);
        local.Write(end);
        return local.ToArray();
    }

    public void Dispose()
    {
        local.Dispose();
        central.Dispose();
    }

    /// <summary>An Info-ZIP Unicode Path extra field (0x7075) for a header name.</summary>
    public static byte[] UnicodePathField(byte[] headerName, string unicodeName, bool correctCrc = true)
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(unicodeName);
        var field = new byte[4 + 5 + utf8.Length];
        BinaryPrimitives.WriteUInt16LittleEndian(field, 0x7075);
        BinaryPrimitives.WriteUInt16LittleEndian(field.AsSpan(2), (ushort)(5 + utf8.Length));
        field[4] = 1;
        var crc = ZipCrc32.Compute(headerName);
        BinaryPrimitives.WriteUInt32LittleEndian(field.AsSpan(5), correctCrc ? crc : ~crc);
        utf8.CopyTo(field, 9);
        return field;
    }
}
