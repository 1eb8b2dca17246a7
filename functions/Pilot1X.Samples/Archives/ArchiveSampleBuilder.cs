using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SharpCompress.Common;
using SharpCompress.Writers;
using SharpCompress.Writers.SevenZip;

namespace Pilot1X.Samples;

/// <summary>
/// Builds the archives schools really send — and the broken or hostile ones that arrive anyway — in code, so tests
/// and benchmarks never depend on files on disk.
/// </summary>
public static class ArchiveSampleBuilder
{
    /// <summary>A zip as Chinese Windows' "发送到 → 压缩文件夹" makes it: GBK names, UTF-8 flag (bit 11) clear.</summary>
    public static byte[] ZipWithGbkNames(IEnumerable<ArchiveSampleEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, SampleEncodings.Gb18030))
        {
            foreach (var entry in entries)
            {
                using var stream = zip.CreateEntry(entry.Path, CompressionLevel.Optimal).Open();
                stream.Write(entry.Content);
            }
        }

        return output.ToArray();
    }

    /// <summary>A zip whose names are UTF-8 with the UTF-8 flag set (7-Zip, macOS, Linux).</summary>
    public static byte[] ZipWithUtf8Flag(IEnumerable<ArchiveSampleEntry> entries) =>
        Raw(entries, e => Encoding.UTF8.GetBytes(e.Path), RawZipWriter.Utf8Flag);

    /// <summary>
    /// A zip whose header names are an ASCII fallback ('_' for each non-ASCII char) while the Info-ZIP Unicode Path
    /// extra field (0x7075) carries the real name; with <paramref name="correctCrc"/> false the field's CRC does not
    /// match the header name, so readers must ignore it.
    /// </summary>
    public static byte[] ZipWithUnicodePathField(IEnumerable<ArchiveSampleEntry> entries, bool correctCrc = true)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var writer = new RawZipWriter();
        foreach (var entry in entries)
        {
            var legacy = Encoding.ASCII.GetBytes(AsciiFallback(entry.Path));
            writer.AddStored(legacy, entry.Content, 0, RawZipWriter.UnicodePathField(legacy, entry.Path, correctCrc));
        }

        return writer.Finish();
    }

    /// <summary>The ASCII name <see cref="ZipWithUnicodePathField"/> puts in the header.</summary>
    public static string AsciiFallback(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Concat(path.Select(c => c < 0x80 ? c : '_'));
    }

    /// <summary>A 7z (LZMA, solid) written with SharpCompress's <see cref="SevenZipWriter"/>.</summary>
    public static byte[] SevenZip(IEnumerable<ArchiveSampleEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var output = new MemoryStream();
        using (var writer = WriterFactory.OpenWriter(output, ArchiveType.SevenZip,
                   new SevenZipWriterOptions(CompressionType.LZMA) { LeaveStreamOpen = true }))
        {
            foreach (var entry in entries)
            {
                using var content = new MemoryStream(entry.Content);
                writer.Write(entry.Path, content, new DateTime(2020, 12, 20, 10, 0, 0, DateTimeKind.Utc));
            }
        }

        return output.ToArray();
    }

    /// <summary>A RAR 4 archive of stored files with GBK names and no Unicode flag (WinRAR on Chinese Windows).</summary>
    /// <param name="entries">The files.</param>
    /// <param name="encrypted">Sets each file header's password flag (0x04), as WinRAR does for a password-protected archive.</param>
    public static byte[] RarWithGbkNames(IEnumerable<ArchiveSampleEntry> entries, bool encrypted = false)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return RawRarWriter.Write(entries.Select(e => (SampleEncodings.Gb18030.GetBytes(e.Path.Replace('/', '\\')), e.Content)), encrypted);
    }

    /// <summary>A zip whose entry names are written verbatim (UTF-8 flagged), hostile ones included.</summary>
    public static byte[] ZipWithRawPaths(IEnumerable<ArchiveSampleEntry> entries) => ZipWithUtf8Flag(entries);

    /// <summary>A zip-slip archive: <c>../../evil.txt</c>, <c>/etc/x</c>, <c>C:\x</c> and one harmless <c>docs/good.txt</c>.</summary>
    public static byte[] ZipSlip() => ZipWithRawPaths(
    [
        new("../../evil.txt", "evil"u8.ToArray()),
        new("/etc/x", "root"u8.ToArray()),
        new(@"C:\x", "drive"u8.ToArray()),
        new("docs/good.txt", "good"u8.ToArray()),
    ]);

    /// <summary>A zip whose entries carry the ZipCrypto flag (bit 0) and a 12-byte encryption header, as a password tool writes them.</summary>
    public static byte[] EncryptedZip(IEnumerable<ArchiveSampleEntry> entries) =>
        Raw(entries, e => SampleEncodings.Gb18030.GetBytes(e.Path), RawZipWriter.EncryptedFlag);

    /// <summary>
    /// A zip cut off in the middle of its last entry (an interrupted upload): no central directory; every entry but the last is complete.
    /// </summary>
    public static byte[] TruncatedZip(IReadOnlyList<ArchiveSampleEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var writer = new RawZipWriter();
        foreach (var entry in entries)
        {
            writer.AddStored(Encoding.UTF8.GetBytes(entry.Path), entry.Content, RawZipWriter.Utf8Flag);
        }

        var cut = writer.LastEntryOffset + 30 + Encoding.UTF8.GetByteCount(entries[^1].Path) + (entries[^1].Content.Length / 2);
        return writer.Finish()[..(int)cut];
    }

    /// <summary>
    /// Writes a zip bomb to <paramref name="output"/>: one deflated entry of <paramref name="uncompressedBytes"/> zeros,
    /// produced chunk by chunk so the builder never holds it (3 GiB → about 3 MB of zip).
    /// </summary>
    public static void WriteZeroBomb(Stream output, long uncompressedBytes, string entryName = "材料.docx")
    {
        ArgumentNullException.ThrowIfNull(output);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        using var stream = zip.CreateEntry(entryName, CompressionLevel.Optimal).Open();
        var zeros = new byte[1 << 20];
        for (var left = uncompressedBytes; left > 0; left -= zeros.Length)
        {
            stream.Write(zeros, 0, (int)Math.Min(zeros.Length, left));
        }
    }

    /// <summary>
    /// A bomb whose headers lie: <paramref name="actualBytes"/> of zeros deflated, but local and central headers
    /// declare only <paramref name="declaredBytes"/>.
    /// </summary>
    public static byte[] ZipWithUnderstatedSize(long actualBytes, uint declaredBytes)
    {
        using var output = new MemoryStream();
        WriteZeroBomb(output, actualBytes, "bomb.bin");
        var bytes = output.ToArray();
        var end = bytes.Length - 22;
        var directory = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(end + 16));
        var localOffset = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(directory + 42));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(localOffset + 22), declaredBytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(directory + 24), declaredBytes);
        return bytes;
    }

    /// <summary>A zip (GBK names) holding another zip named <paramref name="innerName"/> with <paramref name="innerEntries"/>.</summary>
    public static byte[] NestedZip(string innerName, IEnumerable<ArchiveSampleEntry> innerEntries) =>
        ZipWithGbkNames([new ArchiveSampleEntry(innerName, ZipWithGbkNames(innerEntries))]);

    private static byte[] Raw(IEnumerable<ArchiveSampleEntry> entries, Func<ArchiveSampleEntry, byte[]> name, ushort flags)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var writer = new RawZipWriter();
        foreach (var entry in entries)
        {
            writer.AddStored(name(entry), entry.Content, flags);
        }

        return writer.Finish();
    }
}
