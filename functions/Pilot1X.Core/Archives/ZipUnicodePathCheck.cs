using System.Buffers.Binary;
using System.Text;
using Pilot1X.Core.Email;

namespace Pilot1X.Core.Archives;

/// <summary>
/// SharpCompress applies the Info-ZIP Unicode Path extra field (0x7075) without checking its CRC. The field is only
/// valid while its CRC matches the header name (a tool that renamed the entry leaves a stale one), so this scans the
/// central directory and maps each stale Unicode name back to the header name it must not replace.
/// </summary>
internal static class ZipUnicodePathCheck
{
    private const uint EndOfDirectory = 0x06054B50;
    private const uint DirectoryEntry = 0x02014B50;
    private const ushort UnicodePathId = 0x7075;
    private const int MaxDirectoryBytes = 16 << 20;

    /// <summary>Stale Unicode name → the header name decoded (UTF-8 when flagged, else GB18030). Empty when none or unreadable.</summary>
    public static Dictionary<string, string> StaleNames(Stream zip)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var start = zip.Position;
        try
        {
            var directory = ReadDirectory(zip);
            if (directory is not null)
            {
                Scan(directory, result);
            }
        }
        catch (IOException)
        {
            result.Clear();
        }
        finally
        {
            zip.Position = start;
        }

        return result;
    }

    private static byte[]? ReadDirectory(Stream zip)
    {
        var tailLength = (int)Math.Min(zip.Length, 65535 + 22);
        var tail = new byte[tailLength];
        zip.Position = zip.Length - tailLength;
        zip.ReadExactly(tail);
        for (var i = tailLength - 22; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) != EndOfDirectory)
            {
                continue;
            }

            var size = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i + 12));
            var offset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i + 16));
            if (size > MaxDirectoryBytes || offset == uint.MaxValue || offset + (long)size > zip.Length)
            {
                return null;
            }

            var directory = new byte[size];
            zip.Position = offset;
            zip.ReadExactly(directory);
            return directory;
        }

        return null;
    }

    private static void Scan(byte[] directory, Dictionary<string, string> result)
    {
        var span = directory.AsSpan();
        var position = 0;
        while (position + 46 <= span.Length && BinaryPrimitives.ReadUInt32LittleEndian(span[position..]) == DirectoryEntry)
        {
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(span[(position + 8)..]);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(position + 28)..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(position + 30)..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(position + 32)..]);
            var next = position + 46 + nameLength + extraLength + commentLength;
            if (next > span.Length)
            {
                return;
            }

            var name = span.Slice(position + 46, nameLength);
            var extra = span.Slice(position + 46 + nameLength, extraLength);
            if (StaleUnicodeName(name, extra) is { } stale)
            {
                var encoding = (flags & 0x0800) != 0 ? Encoding.UTF8 : MimeEncodings.Gb18030;
                result[stale] = encoding.GetString(name);
            }

            position = next;
        }
    }

    private static string? StaleUnicodeName(ReadOnlySpan<byte> name, ReadOnlySpan<byte> extra)
    {
        while (extra.Length >= 4)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            int size = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            if (size > extra.Length - 4)
            {
                return null;
            }

            var data = extra.Slice(4, size);
            if (id == UnicodePathId && data.Length >= 5 && data[0] == 1)
            {
                var crc = BinaryPrimitives.ReadUInt32LittleEndian(data[1..]);
                return crc == Crc32.Compute(name) ? null : Encoding.UTF8.GetString(data[5..]);
            }

            extra = extra[(4 + size)..];
        }

        return null;
    }
}
