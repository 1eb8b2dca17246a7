using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Pilot1X.Core.Formats;

namespace Pilot1X.Core.Word;

/// <summary>
/// Reads a .docx once into a <see cref="WordOutline"/>: styles and numbering are parsed once per
/// document and document.xml is streamed, so hundreds of reports can be checked quickly.
/// </summary>
public sealed class OutlineExtractor
{
    /// <summary>Extracts the outline; throws <see cref="UnreadableDocumentException"/> for anything that is not a readable .docx.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Instance API: the engine injects and calls the extractor.")]
    public WordOutline Extract(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        var seekable = docx;
        MemoryStream? copy = null;
        try
        {
            if (!docx.CanSeek)
            {
                copy = new MemoryStream();
                docx.CopyTo(copy);
                copy.Position = 0;
                seekable = copy;
            }

            return Read(seekable);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or FileFormatException
            or XmlException or IOException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            throw new UnreadableDocumentException(
                "无法读取该 Word 文档：文件已损坏、不完整、已加密，或并不是 .docx 格式。请用 Word/WPS 打开确认内容完整后，"
                + "“另存为”Word 文档（.docx）并取消密码保护，再重新提交。",
                exception);
        }
        finally
        {
            copy?.Dispose();
        }
    }

    private static WordOutline Read(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart
            ?? throw new UnreadableDocumentException("该文件是压缩包格式，但不含 Word 正文（word/document.xml），不是有效的 .docx 文档。请用 Word/WPS 另存为 .docx 后重新提交。");

        var styles = StyleCatalog.Empty;
        if (main.StyleDefinitionsPart is { } stylesPart)
        {
            using var stylesStream = stylesPart.GetStream(FileMode.Open, FileAccess.Read);
            styles = StyleCatalog.Read(stylesStream);
        }

        var numbering = NumberingCatalog.Empty;
        if (main.NumberingDefinitionsPart is { } numberingPart)
        {
            using var numberingStream = numberingPart.GetStream(FileMode.Open, FileAccess.Read);
            numbering = NumberingCatalog.Read(numberingStream);
        }

        using var body = main.GetStream(FileMode.Open, FileAccess.Read);
        var paragraphs = BodyReader.Read(body, styles, numbering);
        return OutlineAssembler.Assemble(paragraphs);
    }
}
