using System.Xml;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Word;

/// <summary>
/// Reads a .docx once into a <see cref="WordOutline"/>: styles and numbering are parsed once per
/// document and document.xml is streamed, so hundreds of reports can be checked quickly. What is inflated and kept
/// stays within <paramref name="limits"/> (the defaults when null).
/// </summary>
public sealed class OutlineExtractor(OfficePackageLimits? limits = null)
{
    private readonly OfficePackageLimits limits = limits ?? OfficePackageLimits.Default;

    /// <summary>
    /// Extracts the outline; throws <see cref="UnreadableDocumentException"/> for anything that is not a readable .docx
    /// and <see cref="UnsafeOfficePackageException"/> for one that inflates past the limits.
    /// </summary>
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
        catch (Exception exception) when (exception is InvalidDataException or XmlException or IOException or InvalidOperationException or NotSupportedException or ArgumentException)
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

    private WordOutline Read(Stream stream)
    {
        var budget = new OfficePackageBudget(limits);
        using var package = DocxPackage.Open(stream, budget);
        var styles = StyleCatalog.Empty;
        if (package.Styles is { } stylesEntry)
        {
            using var stylesStream = package.OpenPart(stylesEntry, "样式表");
            styles = StyleCatalog.Read(stylesStream, budget);
        }

        var numbering = NumberingCatalog.Empty;
        if (package.Numbering is { } numberingEntry)
        {
            using var numberingStream = package.OpenPart(numberingEntry, "编号定义");
            numbering = NumberingCatalog.Read(numberingStream, budget);
        }

        using var body = package.OpenPart(package.Main, "正文");
        var paragraphs = BodyReader.Read(body, styles, numbering, budget);
        return OutlineAssembler.Assemble(paragraphs);
    }
}
