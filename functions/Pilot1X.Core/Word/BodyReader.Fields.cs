using System.Xml;

namespace Pilot1X.Core.Word;

/// <summary>Fields and content controls: TOC regions (not sections) and SEQ captions.</summary>
internal sealed partial class BodyReader
{
    private void OnFieldChar(string? type)
    {
        switch (type)
        {
            case "begin":
                fields.Add(new FieldState());
                break;
            case "separate" when fields.Count > 0:
                Classify(fields[^1]);
                break;
            case "end" when fields.Count > 0:
                var field = fields[^1];
                Classify(field);
                fields.RemoveAt(fields.Count - 1);
                if (field.IsToc && tocFields > 0)
                {
                    tocFields--;
                    if (Current is { } paragraph) { paragraph.InToc = true; }
                }

                break;
        }
    }

    private void Classify(FieldState field)
    {
        if (field.Classified)
        {
            return;
        }

        field.Classified = true;
        var instruction = field.Instruction.ToString().AsSpan().TrimStart();
        if (instruction.StartsWith("TOC", StringComparison.OrdinalIgnoreCase))
        {
            field.IsToc = true;
            tocFields++;
            if (Current is { } paragraph) { paragraph.InToc = true; }
        }
        else if (instruction.StartsWith("SEQ", StringComparison.OrdinalIgnoreCase) && Current is { } paragraph)
        {
            paragraph.HasSequenceField = true;
        }
    }

    private void OnSimpleField(string? instruction)
    {
        if (Current is not { } paragraph || instruction is null)
        {
            return;
        }

        var span = instruction.AsSpan().TrimStart();
        if (span.StartsWith("SEQ", StringComparison.OrdinalIgnoreCase))
        {
            paragraph.HasSequenceField = true;
        }
        else if (span.StartsWith("TOC", StringComparison.OrdinalIgnoreCase))
        {
            paragraph.InToc = true;
        }
    }

    private void OnContentControlProperties(XmlReader xml)
    {
        var depth = xml.Depth - 1;
        if (xml.IsEmptyElement)
        {
            return;
        }

        using var properties = xml.ReadSubtree();
        while (properties.Read())
        {
            if (properties.NodeType == XmlNodeType.Element && properties.LocalName == "docPartGallery"
                && WordXml.Val(properties) is { } gallery
                && gallery.Contains("Table of Contents", StringComparison.OrdinalIgnoreCase))
            {
                tocControls.Push(depth);
            }
        }
    }
}
