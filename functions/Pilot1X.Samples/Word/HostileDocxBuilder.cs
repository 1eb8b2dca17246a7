using System.IO.Compression;
using System.Text;

namespace Pilot1X.Samples;

/// <summary>
/// Writes hostile .docx files the way an attacker (or a broken export) makes them: a real Office package — content
/// types, relationships, main document — whose document.xml is paragraph after paragraph of one repeated character,
/// so it deflates about a thousandfold (deflate's best). Streamed into the output: the inflated text is never held in memory.
/// </summary>
public static class HostileDocxBuilder
{
    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "</Types>";

    private const string PackageRelationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>";

    private const string DocumentStart =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";

    private const string DocumentEnd = "</w:body></w:document>";

    /// <summary>
    /// A .docx whose document.xml inflates to about <paramref name="documentBytes"/> (UTF-8) of paragraphs, each
    /// <paramref name="charsPerParagraph"/> times the character “试”.
    /// </summary>
    public static void WriteTextBomb(Stream output, long documentBytes, int charsPerParagraph = 20_000)
    {
        ArgumentNullException.ThrowIfNull(output);
        var paragraphText = new string('试', charsPerParagraph);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        Write(zip, "[Content_Types].xml", ContentTypes);
        Write(zip, "_rels/.rels", PackageRelationships);
        using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
        document.Write(Encoding.UTF8.GetBytes(DocumentStart));
        var paragraph = Encoding.UTF8.GetBytes($"<w:p><w:r><w:t>{paragraphText}</w:t></w:r></w:p>");
        var block = Repeat(paragraph, 1 << 16);
        long written = DocumentStart.Length + DocumentEnd.Length;
        while (written + paragraph.Length <= documentBytes)
        {
            // Whole paragraphs only: the document stays well-formed XML whatever its size.
            var count = (int)Math.Min(block.Length, (documentBytes - written) / paragraph.Length * paragraph.Length);
            document.Write(block, 0, count);
            written += count;
        }

        document.Write(Encoding.UTF8.GetBytes(DocumentEnd));
    }

    /// <summary>The bytes of <see cref="WriteTextBomb"/> (for bombs small enough to hold).</summary>
    public static byte[] TextBomb(long documentBytes, int charsPerParagraph = 20_000)
    {
        using var output = new MemoryStream();
        WriteTextBomb(output, documentBytes, charsPerParagraph);
        return output.ToArray();
    }

    private static byte[] Repeat(byte[] one, int minimumBytes)
    {
        var block = new byte[(minimumBytes / one.Length + 1) * one.Length];
        for (var at = 0; at < block.Length; at += one.Length)
        {
            one.CopyTo(block, at);
        }

        return block;
    }

    private static void Write(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }
}
