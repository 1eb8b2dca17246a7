using System.IO.Compression;
using System.Xml;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Formats;

/// <summary>
/// Tells an Office Open XML package (.docx, .xlsx, .pptx) from a plain zip by its content: the package's
/// <c>[Content_Types].xml</c> names the main part's type, and that part is there. Only the zip directory and that small
/// part are read, under a budget of their own, so probing a hostile file costs next to nothing.
/// </summary>
internal static class OfficePackageProbe
{
    private const string ContentTypesPart = "[Content_Types].xml";

    /// <summary>The content types part is a few KiB; more than this is not an Office file's.</summary>
    private static readonly OfficePackageLimits ProbeLimits = new() { MaxPartBytes = 1L << 20, MaxTotalBytes = 1L << 20 };

    private static readonly (string ContentType, string ConventionalPart, DetectedFormat Format)[] MainParts =
    [
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/document.xml", new(FileFormat.Docx, "docx")),
        ("application/vnd.ms-word.document.macroEnabled.main+xml", "word/document.xml", new(FileFormat.Docx, "docx")),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", "word/document.xml", new(FileFormat.Docx, "docx")),
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/workbook.xml", new(FileFormat.Spreadsheet, "xlsx")),
        ("application/vnd.ms-excel.sheet.macroEnabled.main+xml", "xl/workbook.xml", new(FileFormat.Spreadsheet, "xlsx")),
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml", "xl/workbook.xml", new(FileFormat.Spreadsheet, "xlsx")),
        ("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "ppt/presentation.xml", new(FileFormat.Presentation, "pptx")),
        ("application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml", "ppt/presentation.xml", new(FileFormat.Presentation, "pptx")),
        ("application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml", "ppt/presentation.xml", new(FileFormat.Presentation, "pptx")),
    ];

    /// <summary>The Office format of a zip, a plain archive, or null when System.IO.Compression cannot read it.</summary>
    public static DetectedFormat? Probe(Stream zipStream)
    {
        try
        {
            using var zip = new ZipArchive(zipStream, ZipArchiveMode.Read, leaveOpen: true);
            var contentTypes = zip.GetEntry(ContentTypesPart);
            var byType = contentTypes is null ? null : ByContentType(zip, contentTypes);
            return byType ?? ByConventionalPart(zip, contentTypes is not null) ?? new(FileFormat.Archive, "zip");
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or XmlException or UnsafeOfficePackageException or NotSupportedException)
        {
            // Not readable here: the caller keeps what the first bytes suggest (a broken .docx stays a .docx).
            return null;
        }
    }

    // The main part's Override in [Content_Types].xml, when that part is present.
    private static DetectedFormat? ByContentType(ZipArchive zip, ZipArchiveEntry contentTypes)
    {
        var budget = new OfficePackageBudget(ProbeLimits);
        using var stream = budget.Open(contentTypes, "内容类型表");
        using var reader = new DepthLimitedXmlReader(
            XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }), budget);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Override")
            {
                continue;
            }

            var type = reader.GetAttribute("ContentType");
            var part = reader.GetAttribute("PartName")?.TrimStart('/');
            var main = MainParts.FirstOrDefault(m => string.Equals(m.ContentType, type, StringComparison.OrdinalIgnoreCase));
            if (main.Format is not null && part is not null && Find(zip, Uri.UnescapeDataString(part)) is not null)
            {
                return main.Format;
            }
        }

        return null;
    }

    // Packages without a usable content types part: the conventional main part decides; a Word folder alone still
    // means a (broken) Word file, so it is reported as an unreadable document rather than unpacked.
    private static DetectedFormat? ByConventionalPart(ZipArchive zip, bool hasContentTypes)
    {
        foreach (var (_, part, format) in MainParts)
        {
            if (Find(zip, part) is not null)
            {
                return format;
            }
        }

        if (zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.OrdinalIgnoreCase)))
        {
            return new(FileFormat.Docx, "docx");
        }

        return hasContentTypes ? new(FileFormat.Other, "ooxml") : null;
    }

    /// <summary>A part by its path, as written or in another case (some tools write <c>Word/Document.xml</c>).</summary>
    internal static ZipArchiveEntry? Find(ZipArchive zip, string path) =>
        zip.GetEntry(path) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, path, StringComparison.OrdinalIgnoreCase));
}
