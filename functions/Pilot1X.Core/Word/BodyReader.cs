using System.Text;
using System.Xml;
using Pilot1X.Core.Formats;

namespace Pilot1X.Core.Word;

/// <summary>
/// Streams the main body of document.xml once (no DOM) into paragraphs: text, style, numbering,
/// bold/centre, pictures, TOC and SEQ fields. Deleted text, revision history, OLE previews and the VML
/// fallback of <c>mc:AlternateContent</c> are skipped so that nothing is counted twice. Paragraphs and the text kept
/// are counted against the package's <see cref="OfficePackageBudget"/>: what is kept, not only what is inflated, is bounded.
/// </summary>
internal sealed partial class BodyReader
{
    private readonly StyleCatalog styles;
    private readonly NumberingCatalog numbering;
    private readonly OfficePackageBudget budget;
    private readonly List<BodyParagraph> output = [];
    private readonly Stack<BodyParagraph> open = new();
    private readonly Stack<bool> alternateContent = new();
    private readonly Stack<int> tocControls = new();
    private readonly List<FieldState> fields = [];
    private readonly char[] chunk = new char[4096];
    private readonly Stack<int> tableRows = new();
    private int tableRowCount;
    private int tocFields;
    private int tables;
    private int textBoxes;
    private bool inParagraphProperties;
    private bool inRunProperties;
    private bool inText;
    private bool inInstruction;
    private int drawingDepth = -1;
    private bool drawingHasImage;
    private BodyParagraph? drawingOwner;
    private int pictDepth = -1;
    private bool pictHasImage;
    private BodyParagraph? pictOwner;

    private BodyReader(StyleCatalog styles, NumberingCatalog numbering, OfficePackageBudget budget)
    {
        this.styles = styles;
        this.numbering = numbering;
        this.budget = budget;
    }

    /// <summary>Reads the body paragraphs in document order.</summary>
    public static List<BodyParagraph> Read(Stream document, StyleCatalog styles, NumberingCatalog numbering, OfficePackageBudget budget)
    {
        var reader = new BodyReader(styles, numbering, budget);
        using var xml = WordXml.CreateReader(document, budget);
        reader.Run(xml);
        return reader.output;
    }

    private BodyParagraph? Current => open.Count > 0 ? open.Peek() : null;

    private void Run(XmlReader xml)
    {
        var advanced = false;
        while (advanced ? !xml.EOF : xml.Read())
        {
            advanced = false;
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    advanced = OnElement(xml);
                    break;
                case XmlNodeType.EndElement:
                    OnEndElement(xml);
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA:
                    OnText(xml);
                    break;
            }
        }
    }

    /// <summary>Handles an element start; returns true when it skipped the subtree (the reader already advanced).</summary>
    private bool OnElement(XmlReader xml)
    {
        var ns = xml.NamespaceURI;
        var name = xml.LocalName;
        if (ns == WordXml.MC)
        {
            return OnMarkupCompatibility(xml, name);
        }

        if (ns == WordXml.A)
        {
            if (name == "blip" && drawingDepth >= 0)
            {
                drawingHasImage = true;
            }

            return false;
        }

        if (ns == WordXml.V)
        {
            if (name == "imagedata" && pictDepth >= 0)
            {
                pictHasImage = true;
            }

            return false;
        }

        if (ns != WordXml.W)
        {
            return false;
        }

        if (inParagraphProperties)
        {
            return OnParagraphProperty(xml, name);
        }

        if (inRunProperties)
        {
            return OnRunProperty(xml, name);
        }

        return OnContent(xml, name);
    }

    private bool OnMarkupCompatibility(XmlReader xml, string name)
    {
        switch (name)
        {
            case "AlternateContent" when !xml.IsEmptyElement:
                alternateContent.Push(false);
                return false;
            case "Choice" when alternateContent.Count > 0:
                alternateContent.Pop();
                alternateContent.Push(true);
                return false;
            case "Fallback" when alternateContent.Count > 0 && alternateContent.Peek():
                // The fallback repeats the chosen content (VML picture, text box text): read it once.
                xml.Skip();
                return true;
            default:
                return false;
        }
    }

    private bool OnParagraphProperty(XmlReader xml, string name)
    {
        var paragraph = Current!;
        switch (name)
        {
            case "pStyle": paragraph.StyleId = WordXml.Val(xml); break;
            case "outlineLvl": paragraph.DirectOutlineLevel = WordXml.IntVal(xml); break;
            case "numId": paragraph.DirectNumId = WordXml.IntVal(xml); break;
            case "ilvl": paragraph.DirectIlvl = WordXml.IntVal(xml); break;
            case "jc": paragraph.DirectCentered = WordXml.Val(xml) is "center"; break;
            case "rPr" or "pPrChange" or "sectPr":
                xml.Skip();
                return true;
        }

        return false;
    }

    private bool OnRunProperty(XmlReader xml, string name)
    {
        var paragraph = Current;
        switch (name)
        {
            case "rPrChange":
                // The formatting before a tracked change: not what the reader sees.
                xml.Skip();
                return true;
            case "b" when paragraph is not null:
                paragraph.RunBold = WordXml.OnOff(xml);
                break;
            case "rStyle" when paragraph is not null && WordXml.Val(xml) is { } id:
                paragraph.RunStyleBold = styles.CharacterBold(id);
                break;
        }

        return false;
    }

    /// <summary>
    /// The current text node, read in chunks that are counted before they are kept: one huge text node is refused
    /// before it is ever held whole.
    /// </summary>
    private string ReadText(XmlReader xml)
    {
        if (!xml.CanReadValueChunk)
        {
            var value = xml.Value;
            budget.CountText(value.Length);
            return value;
        }

        var text = new StringBuilder();
        int read;
        while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
        {
            budget.CountText(read);
            text.Append(chunk, 0, read);
        }

        return text.ToString();
    }

    private void AppendMark(BodyParagraph paragraph, char mark)
    {
        budget.CountText(1);
        paragraph.Append(mark);
    }

    private sealed class FieldState
    {
        public StringBuilder Instruction { get; } = new();
        public bool Classified { get; set; }
        public bool IsToc { get; set; }
    }
}
