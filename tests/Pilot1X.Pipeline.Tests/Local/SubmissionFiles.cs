using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pilot1X.Pipeline.Tests.Local;

/// <summary>Small real submission files made with the Open XML SDK: enough for the engine to attribute and judge them.</summary>
public static class SubmissionFiles
{
    public const string Institution = "武汉职业技术学院";

    /// <summary>A Word document with a heading and a paragraph under it.</summary>
    public static MemoryStream Word(string heading, string body)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text(heading))),
                new Paragraph(new Run(new Text(body)))));
        }

        stream.Position = 0;
        return stream;
    }

    public static MemoryStream Text(string content) => new(System.Text.Encoding.UTF8.GetBytes(content));
}
