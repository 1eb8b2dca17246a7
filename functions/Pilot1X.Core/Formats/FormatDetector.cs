using System.Text;

namespace Pilot1X.Core.Formats;

/// <summary>
/// Tells a file's format by its content (magic bytes), never by its extension alone: a .docx that is really a
/// .doc, or a .pdf that is a JPEG, is judged as what it is. The extension only separates look-alikes
/// (a .wps and a .doc are both OLE compound files).
/// </summary>
public static class FormatDetector
{
    private const int HeadLength = 4096;

    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> SevenZipMagic => [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C];

    /// <summary>Reads the head of a seekable stream (restoring its position) and decides.</summary>
    public static DetectedFormat Detect(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = content.Position;
        var head = new byte[HeadLength];
        var length = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var detected = Detect(head.AsSpan(0, length), fileName);
        if (detected.Format is FileFormat.Docx or FileFormat.Spreadsheet or FileFormat.Presentation or FileFormat.Archive
            && head.AsSpan(0, length).StartsWith("PK"u8) && content.CanSeek && start == 0)
        {
            // The zip directory and [Content_Types].xml tell an Office package from a plain zip; the head only guesses.
            content.Position = start;
            detected = OfficePackageProbe.Probe(content) ?? detected;
        }
        else if (detected.Format is FileFormat.Doc or FileFormat.Wps && content.CanSeek && length >= 512)
        {
            detected = DetectCompoundFile(content, start, head, fileName) ?? detected;
        }

        content.Position = start;
        return detected;
    }

    // An OLE compound file's first directory sector names its streams: EncryptedPackage marks a password-protected
    // .docx, WpsCustomData a WPS document. The directory can sit anywhere in the file, so read it where the header says.
    private static DetectedFormat? DetectCompoundFile(Stream content, long start, byte[] head, string fileName)
    {
        var sectorShift = BitConverter.ToUInt16(head, 0x1E);
        var firstDirectorySector = BitConverter.ToUInt32(head, 0x30);
        if (sectorShift is < 9 or > 12 || firstDirectorySector >= 0xFFFFFFFA)
        {
            return null;
        }

        var sectorSize = 1L << sectorShift;
        var offset = start + ((firstDirectorySector + 1) * sectorSize);
        if (offset + sectorSize > content.Length)
        {
            return null;
        }

        var directory = new byte[sectorSize];
        content.Position = offset;
        content.ReadExactly(directory);
        return Detect(head.AsSpan(0, 512), fileName) is var basic && ContainsUtf16(directory, "EncryptedPackage")
            ? new(FileFormat.Docx, "ooxml-encrypted")
            : ContainsUtf16(directory, "WpsCustomData") ? new(FileFormat.Wps, "wps") : basic;
    }

    /// <summary>Decides from the first bytes of a file (4 KiB is plenty).</summary>
    public static DetectedFormat Detect(ReadOnlySpan<byte> head, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (head.IsEmpty)
        {
            return new(FileFormat.Other, "empty");
        }

        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8))
        {
            return OfficeByHead(head) ?? new(FileFormat.Archive, "zip");
        }

        if (head.StartsWith(OleMagic))
        {
            if (ContainsUtf16(head, "EncryptedPackage"))
            {
                return new(FileFormat.Docx, "ooxml-encrypted");
            }

            return extension is ".wps" || ContainsUtf16(head, "WpsCustomData") ? new(FileFormat.Wps, "wps") : new(FileFormat.Doc, "doc");
        }

        if (head.IndexOf("%PDF-"u8) is >= 0 and < 1024)
        {
            return new(FileFormat.Pdf, "pdf");
        }

        if (head.StartsWith(JpegMagic))
        {
            return new(FileFormat.Image, "jpeg");
        }

        if (head.StartsWith(PngMagic))
        {
            return new(FileFormat.Image, "png");
        }

        if (head.StartsWith("Rar!\u001A\u0007"u8))
        {
            return new(FileFormat.Archive, "rar");
        }

        if (head.StartsWith(SevenZipMagic))
        {
            return new(FileFormat.Archive, "7z");
        }

        if (LooksLikeMessage(head))
        {
            return new(FileFormat.Email, "eml");
        }

        return new(FileFormat.Other, extension.TrimStart('.') is { Length: > 0 } e ? e : "unknown");
    }

    // From the head alone (a stream that cannot be probed): the part names present near the start guess the Office
    // application; a package with only [Content_Types].xml or _rels/.rels in view is taken for Word, the usual case.
    private static DetectedFormat? OfficeByHead(ReadOnlySpan<byte> head) =>
        head.IndexOf("word/"u8) >= 0 ? new(FileFormat.Docx, "docx")
        : head.IndexOf("xl/"u8) >= 0 ? new(FileFormat.Spreadsheet, "xlsx")
        : head.IndexOf("ppt/"u8) >= 0 ? new(FileFormat.Presentation, "pptx")
        : head.IndexOf("[Content_Types].xml"u8) >= 0 || head.IndexOf("_rels/.rels"u8) >= 0 ? new(FileFormat.Docx, "docx")
        : null;

    private static bool ContainsUtf16(ReadOnlySpan<byte> head, string text) =>
        head.IndexOf(Encoding.Unicode.GetBytes(text)) >= 0;

    // RFC 5322 header lines at the very start: "Name: value" with a known mail header among the first lines.
    private static bool LooksLikeMessage(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head[..Math.Min(head.Length, 2048)]);
        if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] == '>'))
        {
            return false;
        }

        string[] markers = ["\nFrom:", "\nSubject:", "\nMessage-ID:", "\nMIME-Version:", "\nReceived:", "\nReturn-Path:", "\nContent-Type:", "\nDate:", "\nTo:"];
        var normalized = "\n" + text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var hits = markers.Count(m => normalized.Contains(m, StringComparison.OrdinalIgnoreCase));
        return hits >= 2;
    }
}
