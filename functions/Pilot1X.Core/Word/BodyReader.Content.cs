using System.Xml;

namespace Pilot1X.Core.Word;

internal sealed partial class BodyReader
{
    private bool OnContent(XmlReader xml, string name)
    {
        var paragraph = Current;
        switch (name)
        {
            case "p":
                StartParagraph(xml.IsEmptyElement);
                return false;
            case "pPr" when paragraph is not null && !xml.IsEmptyElement:
                inParagraphProperties = true;
                return false;
            case "r" when paragraph is not null:
                paragraph.RunBold = null;
                paragraph.RunStyleBold = null;
                return false;
            case "rPr" when paragraph is not null && !xml.IsEmptyElement:
                inRunProperties = true;
                return false;
            case "t" when paragraph is not null && !xml.IsEmptyElement:
                inText = true;
                return false;
            case "instrText" when !xml.IsEmptyElement:
                inInstruction = true;
                return false;
            case "tab" or "ptab" when paragraph is not null:
                AppendMark(paragraph, '\t');
                return false;
            case "br" or "cr" when paragraph is not null:
                AppendMark(paragraph, '\n');
                return false;
            case "noBreakHyphen" when paragraph is not null:
                AppendMark(paragraph, '-');
                return false;
            case "fldChar":
                OnFieldChar(xml.GetAttribute("fldCharType", WordXml.W));
                return false;
            case "fldSimple":
                OnSimpleField(xml.GetAttribute("instr", WordXml.W));
                return false;
            case "tbl" when !xml.IsEmptyElement:
                tables++;
                return false;
            case "tr" when !xml.IsEmptyElement:
                tableRows.Push(++tableRowCount);
                return false;
            case "txbxContent" when !xml.IsEmptyElement:
                textBoxes++;
                return false;
            case "sdtPr":
                OnContentControlProperties(xml);
                return false;
            case "drawing" when drawingDepth < 0 && !xml.IsEmptyElement:
                drawingDepth = xml.Depth;
                drawingHasImage = false;
                drawingOwner = paragraph;
                return false;
            case "pict" when pictDepth < 0 && !xml.IsEmptyElement:
                pictDepth = xml.Depth;
                pictHasImage = false;
                pictOwner = paragraph;
                return false;
            case "del" or "moveFrom" or "object" or "background" or "sectPr" or "pPrChange" or "rPrChange" or "tblPrChange":
                xml.Skip();
                return true;
            default:
                return false;
        }
    }

    private void StartParagraph(bool empty)
    {
        budget.CountParagraph();
        var paragraph = new BodyParagraph
        {
            InTable = tables > 0,
            TableRow = tableRows.Count > 0 ? tableRows.Peek() : 0,
            Nested = open.Count > 0 || textBoxes > 0,
            InToc = tocFields > 0 || tocControls.Count > 0,
            Style = styles.Resolve(null),
        };
        open.Push(paragraph);
        if (empty)
        {
            EndParagraph();
        }
    }

    private void EndParagraph()
    {
        var paragraph = open.Pop();
        if (tocFields > 0)
        {
            paragraph.InToc = true;
        }

        paragraph.Complete();
        var numId = paragraph.DirectNumId ?? paragraph.Style.NumId;
        if (numId is > 0)
        {
            var ilvl = paragraph.DirectIlvl ?? (paragraph.DirectNumId is not null ? 0 : paragraph.Style.Ilvl ?? 0);
            paragraph.Number = numbering.Next(numId.Value, ilvl);
        }

        output.Add(paragraph);
    }

    private void OnEndElement(XmlReader xml)
    {
        var ns = xml.NamespaceURI;
        var name = xml.LocalName;
        if (ns == WordXml.MC)
        {
            if (name == "AlternateContent" && alternateContent.Count > 0)
            {
                alternateContent.Pop();
            }

            return;
        }

        if (ns != WordXml.W)
        {
            return;
        }

        switch (name)
        {
            case "p" when open.Count > 0: EndParagraph(); break;
            case "pPr" when inParagraphProperties:
                inParagraphProperties = false;
                Current!.Style = styles.Resolve(Current.StyleId);
                break;
            case "rPr": inRunProperties = false; break;
            case "t": inText = false; break;
            case "instrText": inInstruction = false; break;
            case "tbl" when tables > 0: tables--; break;
            case "tr" when tableRows.Count > 0: tableRows.Pop(); break;
            case "txbxContent" when textBoxes > 0: textBoxes--; break;
            case "sdt" when tocControls.Count > 0 && tocControls.Peek() == xml.Depth: tocControls.Pop(); break;
            case "drawing" when xml.Depth == drawingDepth:
                if (drawingHasImage) { drawingOwner?.AddPicture(); }
                drawingDepth = -1;
                drawingOwner = null;
                break;
            case "pict" when xml.Depth == pictDepth:
                if (pictHasImage) { pictOwner?.AddPicture(); }
                pictDepth = -1;
                pictOwner = null;
                break;
        }
    }

    private void OnText(XmlReader xml)
    {
        if (inInstruction)
        {
            if (fields.Count > 0)
            {
                fields[^1].Instruction.Append(ReadText(xml));
            }

            return;
        }

        if (!inText || Current is not { } paragraph)
        {
            return;
        }

        var value = ReadText(xml);
        paragraph.Append(value);
        if (!string.IsNullOrWhiteSpace(value))
        {
            paragraph.CountRun(paragraph.RunBold ?? paragraph.RunStyleBold ?? paragraph.Style.Bold);
        }
    }
}
