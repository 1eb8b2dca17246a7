using System.Xml;
using Pilot1X.Core.Formats;

namespace Pilot1X.Core.Word;

/// <summary>
/// The paragraph and character styles of one document, resolved through <c>basedOn</c> chains by
/// name rather than by id, because Chinese Word writes heading styles as ids "1", "2" named "heading 1".
/// </summary>
internal sealed class StyleCatalog
{
    private const int MaxChain = 16;
    private readonly Dictionary<string, StyleDefinition> paragraphStyles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleDefinition> characterStyles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedStyle> resolved = new(StringComparer.Ordinal);
    private string? defaultParagraphStyle;

    public static StyleCatalog Empty => new();

    /// <summary>Reads <c>styles.xml</c>.</summary>
    public static StyleCatalog Read(Stream styles, OfficePackageBudget budget)
    {
        var catalog = new StyleCatalog();
        using var reader = WordXml.CreateReader(styles, budget);
        StyleDefinition? current = null;
        var inParagraphProperties = false;
        var inRunProperties = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.NamespaceURI == WordXml.W)
            {
                switch (reader.LocalName)
                {
                    case "style": current = null; break;
                    case "pPr": inParagraphProperties = false; break;
                    case "rPr": inRunProperties = false; break;
                }

                continue;
            }

            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != WordXml.W)
            {
                continue;
            }

            if (reader.LocalName == "style")
            {
                current = catalog.StartStyle(reader);
                continue;
            }

            if (current is null)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "name": current.Name = WordXml.Val(reader); break;
                case "basedOn": current.BasedOn = WordXml.Val(reader); break;
                case "pPr": inParagraphProperties = !reader.IsEmptyElement; break;
                case "rPr": inRunProperties = !reader.IsEmptyElement; break;
                case "pPrChange" or "rPrChange" or "tblStylePr": reader.Skip(); break;
                case "outlineLvl" when inParagraphProperties: current.OutlineLevel = WordXml.IntVal(reader); break;
                case "numId" when inParagraphProperties: current.NumId = WordXml.IntVal(reader); break;
                case "ilvl" when inParagraphProperties: current.Ilvl = WordXml.IntVal(reader); break;
                case "jc" when inParagraphProperties: current.Centered = WordXml.Val(reader) is "center"; break;
                case "b" when inRunProperties: current.Bold = WordXml.OnOff(reader); break;
            }
        }

        return catalog;
    }

    private StyleDefinition? StartStyle(XmlReader reader)
    {
        var id = reader.GetAttribute("styleId", WordXml.W);
        var type = reader.GetAttribute("type", WordXml.W);
        if (id is null || reader.IsEmptyElement)
        {
            return null;
        }

        var definition = new StyleDefinition(id);
        if (type is "character")
        {
            characterStyles[id] = definition;
        }
        else if (type is null or "paragraph")
        {
            paragraphStyles[id] = definition;
            if (reader.GetAttribute("default", WordXml.W) is "1" or "true" or "on")
            {
                defaultParagraphStyle = id;
            }
        }
        else
        {
            return null;
        }

        return definition;
    }

    /// <summary>The effective paragraph style (the document default when <paramref name="styleId"/> is null).</summary>
    public ResolvedStyle Resolve(string? styleId)
    {
        styleId ??= defaultParagraphStyle;
        if (styleId is null)
        {
            return ResolvedStyle.Plain;
        }

        if (!resolved.TryGetValue(styleId, out var style))
        {
            style = Compute(styleId);
            resolved[styleId] = style;
        }

        return style;
    }

    /// <summary>Whether a character style (run <c>w:rStyle</c>) makes text bold, or null when it does not say.</summary>
    public bool? CharacterBold(string styleId)
    {
        var id = styleId;
        for (var depth = 0; depth < MaxChain && id is not null && characterStyles.TryGetValue(id, out var style); depth++)
        {
            if (style.Bold is { } bold)
            {
                return bold;
            }

            id = style.BasedOn;
        }

        return null;
    }

    private ResolvedStyle Compute(string styleId)
    {
        int? level = null;
        var levelKnown = false;
        var role = StyleRole.Body;
        var roleKnown = false;
        int? numId = null, ilvl = null;
        bool? bold = null, centered = null;
        var id = styleId;
        for (var depth = 0; depth < MaxChain && id is not null; depth++)
        {
            if (!paragraphStyles.TryGetValue(id, out var style))
            {
                // No definition (or no styles part): fall back on the well-known English style ids.
                var (idLevel, idRole) = StyleNames.Classify(id);
                if (!levelKnown && idLevel is not null) { level = idLevel; levelKnown = true; }
                if (!roleKnown && idRole is not StyleRole.Body) { role = idRole; roleKnown = true; }
                break;
            }

            var (nameLevel, nameRole) = StyleNames.Classify(style.Name ?? style.Id);
            if (!roleKnown && nameRole is not StyleRole.Body) { role = nameRole; roleKnown = true; }
            if (!levelKnown && nameLevel is not null) { level = nameLevel; levelKnown = true; }
            if (!levelKnown && style.OutlineLevel is { } outline)
            {
                level = outline is >= 0 and <= 8 ? outline + 1 : null;
                levelKnown = true;
            }

            if (numId is null && style.NumId is not null) { numId = style.NumId; ilvl ??= style.Ilvl; }
            ilvl ??= style.Ilvl;
            bold ??= style.Bold;
            centered ??= style.Centered;
            id = style.BasedOn;
        }

        return new ResolvedStyle(level, role, numId, ilvl, bold ?? false, centered ?? false);
    }
}
