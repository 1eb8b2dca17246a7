using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pilot1X.Samples;

/// <summary>
/// Writes a real .docx with the Open XML SDK the way Chinese Word/WPS does (style ids "1"/"2", automatic
/// chineseCounting numbering, typed bold headings, VML and AlternateContent pictures, Caption/SEQ captions),
/// so tests, benchmarks and the bundled samples exercise the same markup real submissions carry.
/// </summary>
public sealed partial class WordSampleBuilder(HeadingRepresentation headings = HeadingRepresentation.HeadingStyle)
{
    private readonly List<Func<BuildContext, IEnumerable<OpenXmlElement>>> blocks = [];
    private readonly List<string> tocEntries = [];
    private readonly int[] headingCounters = new int[9];
    private string numberFormat = "chineseCounting";
    private string levelText = "%1、";
    private int numberStart = 1;
    private int pictures;
    private string? headerText;

    /// <summary>The heading representation this builder writes.</summary>
    public HeadingRepresentation Headings => headings;

    /// <summary>Sets the automatic numbering of level-1 headings (OOXML numFmt such as "chineseCountingThousand", lvlText such as "%1、").</summary>
    public WordSampleBuilder WithNumbering(string format, string text = "%1、", int start = 1)
    {
        numberFormat = format;
        levelText = text;
        numberStart = start;
        return this;
    }

    /// <summary>Adds the document title in the Title style (centred, bold).</summary>
    public WordSampleBuilder Title(string text) =>
        Add(_ => [SampleElements.Paragraph(text, SampleStyles.Title, bold: true, centred: true)]);

    /// <summary>Adds a title the way most schools type it: a plain centred bold paragraph.</summary>
    public WordSampleBuilder CentredBoldTitle(string text) =>
        Add(_ => [SampleElements.Paragraph(text, bold: true, centred: true)]);

    /// <summary>Adds a table of contents (content control + TOC field) listing the level-1 headings.</summary>
    public WordSampleBuilder TableOfContents() => Add(_ => [SampleToc.Create(tocEntries)]);

    /// <summary>Adds a page header (and footer) text, which is not part of the body.</summary>
    public WordSampleBuilder PageHeader(string text)
    {
        headerText = text;
        return this;
    }

    /// <summary>Adds a plain body paragraph.</summary>
    public WordSampleBuilder Paragraph(string text, bool bold = false) =>
        Add(_ => [SampleElements.Paragraph(text, bold: bold)]);

    /// <summary>Adds realistic report prose of exactly <paramref name="chars"/> 字 in paragraphs of about 260 字.</summary>
    public WordSampleBuilder Prose(int chars, int seed = 1)
    {
        foreach (var text in SampleText.Paragraphs(chars, seed))
        {
            Paragraph(text);
        }

        return this;
    }

    /// <summary>Adds a raw block-level element (for markup the options do not cover).</summary>
    public WordSampleBuilder Element(OpenXmlElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return Add(_ => [element.CloneNode(true)]);
    }

    /// <summary>Adds a small table of short Chinese cells.</summary>
    public WordSampleBuilder Table(int rows, int columns)
    {
        return Add(_ =>
        {
            var table = new Table(new TableProperties(
                new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
            for (var r = 0; r < rows; r++)
            {
                var row = new TableRow();
                for (var c = 0; c < columns; c++)
                {
                    var text = r == 0 ? $"项目{c + 1}" : $"证书{r}完成{(r * 37) + c}人";
                    row.Append(new TableCell(SampleElements.Paragraph(text)));
                }

                table.Append(row);
            }

            return [table];
        });
    }

    private WordSampleBuilder Add(Func<BuildContext, IEnumerable<OpenXmlElement>> block)
    {
        blocks.Add(block);
        return this;
    }

    /// <summary>Writes the document and returns its bytes.</summary>
    public byte[] ToArray()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>Writes the document to <paramref name="stream"/>.</summary>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var context = new BuildContext(main);
        var body = new Body();
        foreach (var block in blocks)
        {
            foreach (var element in block(context))
            {
                body.Append(element);
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 2098, Right = 1474U, Bottom = 1984, Left = 1588U, Header = 851U, Footer = 992U, Gutter = 0U }));
        var root = new Document(body);
        root.AddNamespaceDeclaration("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape");
        root.AddNamespaceDeclaration("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
        root.AddNamespaceDeclaration("v", "urn:schemas-microsoft-com:vml");
        root.AddNamespaceDeclaration("o", "urn:schemas-microsoft-com:office:office");
        root.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        root.AddNamespaceDeclaration("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
        main.Document = root;
        main.AddNewPart<StyleDefinitionsPart>().Styles = SampleStyles.Create();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = SampleStyles.CreateNumbering(numberFormat, levelText, numberStart);
        if (headerText is not null)
        {
            AddHeaderAndFooter(main, body, headerText);
        }
    }

    private static void AddHeaderAndFooter(MainDocumentPart main, Body body, string text)
    {
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(SampleElements.Paragraph(text, centred: true));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(SampleElements.Paragraph(text, centred: true));
        var section = body.Elements<SectionProperties>().Last();
        section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
        section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
    }

    /// <summary>Per-document state while writing: the image part shared by all pictures.</summary>
    private sealed class BuildContext(MainDocumentPart main)
    {
        private string? imageId;

        public string ImageRelationshipId()
        {
            if (imageId is null)
            {
                var part = main.AddImagePart(ImagePartType.Png);
                using var data = new MemoryStream(SampleImage.Bytes);
                part.FeedData(data);
                imageId = main.GetIdOfPart(part);
            }

            return imageId;
        }
    }
}
