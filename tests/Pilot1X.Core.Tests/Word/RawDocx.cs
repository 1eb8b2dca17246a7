using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Pilot1X.Core.Word;

namespace Pilot1X.Core.Tests.Word;

/// <summary>Writes a .docx with the Open XML SDK from hand-written WordprocessingML, for markup the sample builder does not produce.</summary>
internal static class RawDocx
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

    public static byte[] Create(string body, string? styles = null, string? numbering = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Feed(main, $"<w:document {Namespaces}><w:body>{body}</w:body></w:document>");
            if (styles is not null)
            {
                Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles {Namespaces}>{styles}</w:styles>");
            }

            if (numbering is not null)
            {
                Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering {Namespaces}>{numbering}</w:numbering>");
            }
        }

        return stream.ToArray();
    }

    public static WordOutline Extract(byte[] docx) => new OutlineExtractor().Extract(new MemoryStream(docx));

    public static WordOutline Extract(string body, string? styles = null, string? numbering = null) =>
        Extract(Create(body, styles, numbering));

    /// <summary>A paragraph: optional pPr inner XML, then one run per text (bold when asked).</summary>
    public static string P(string text, string properties = "", bool bold = false) =>
        $"<w:p><w:pPr>{properties}</w:pPr><w:r>{(bold ? "<w:rPr><w:b/></w:rPr>" : string.Empty)}<w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    /// <summary>A single-level abstract numbering 1 → num 1 with the given format, text and start.</summary>
    public static string Numbering(string format, string text, int start = 1, string extraNums = "") =>
        $"<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{text}\"/></w:lvl>"
        + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl></w:abstractNum>"
        + $"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>{extraNums}";

    public static string NumPr(int numId, int ilvl = 0) =>
        $"<w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{numId}\"/></w:numPr>";

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }
}
