using System.Text;
using System.Xml;
using Pilot1X.Core.Formats;

namespace Pilot1X.Core.Word;

/// <summary>
/// The automatic numbering of one document (<c>numbering.xml</c>) with running counters, so that a
/// heading numbered by Word reads "一、…" although "一、" is not in its text.
/// </summary>
internal sealed class NumberingCatalog
{
    private const int Levels = 9;
    private readonly Dictionary<int, NumberingLevel?[]> abstracts = [];
    private readonly Dictionary<int, NumberingInstance> instances = [];

    public static NumberingCatalog Empty => new();

    /// <summary>Reads <c>numbering.xml</c>.</summary>
    public static NumberingCatalog Read(Stream numbering, OfficePackageBudget budget)
    {
        var catalog = new NumberingCatalog();
        using var reader = WordXml.CreateReader(numbering, budget);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != WordXml.W)
            {
                continue;
            }

            if (reader.LocalName == "abstractNum" && !reader.IsEmptyElement
                && int.TryParse(reader.GetAttribute("abstractNumId", WordXml.W), System.Globalization.CultureInfo.InvariantCulture, out var abstractId))
            {
                catalog.abstracts[abstractId] = ReadLevels(reader.ReadSubtree());
            }
            else if (reader.LocalName == "num" && !reader.IsEmptyElement
                && int.TryParse(reader.GetAttribute("numId", WordXml.W), System.Globalization.CultureInfo.InvariantCulture, out var numId))
            {
                catalog.instances[numId] = ReadInstance(reader.ReadSubtree());
            }
        }

        return catalog;
    }

    private static NumberingLevel?[] ReadLevels(XmlReader reader)
    {
        var levels = new NumberingLevel?[Levels];
        using (reader)
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "lvl" && reader.NamespaceURI == WordXml.W)
                {
                    var ilvl = ParseIlvl(reader);
                    var level = ReadLevel(reader.ReadSubtree());
                    if (ilvl is >= 0 and < Levels)
                    {
                        levels[ilvl] = level;
                    }
                }
            }
        }

        return levels;
    }

    private static int ParseIlvl(XmlReader reader) =>
        int.TryParse(reader.GetAttribute("ilvl", WordXml.W), System.Globalization.CultureInfo.InvariantCulture, out var ilvl) ? ilvl : -1;

    private static NumberingLevel ReadLevel(XmlReader reader)
    {
        int start = 1;
        string format = "decimal";
        string? text = null;
        using (reader)
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != WordXml.W)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "start": start = WordXml.IntVal(reader) ?? 1; break;
                    case "numFmt": format = WordXml.Val(reader) ?? "decimal"; break;
                    case "lvlText": text = WordXml.Val(reader); break;
                    case "pPr" or "rPr": reader.Skip(); break;
                }
            }
        }

        return new NumberingLevel(start, format, text);
    }

    private static NumberingInstance ReadInstance(XmlReader reader)
    {
        var instance = new NumberingInstance();
        using (reader)
        {
            var overrideLevel = -1;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != WordXml.W)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "abstractNumId": instance.AbstractId = WordXml.IntVal(reader) ?? -1; break;
                    case "lvlOverride": overrideLevel = ParseIlvl(reader); break;
                    case "startOverride" when overrideLevel is >= 0 and < Levels:
                        instance.StartOverrides[overrideLevel] = WordXml.IntVal(reader);
                        break;
                    case "lvl" when overrideLevel is >= 0 and < Levels:
                        instance.LevelOverrides[overrideLevel] = ReadLevel(reader.ReadSubtree());
                        break;
                }
            }
        }

        return instance;
    }

    /// <summary>
    /// Advances the counter of (<paramref name="numId"/>, <paramref name="ilvl"/>) for the next numbered
    /// paragraph and returns the number as displayed ("一、", "（3）"), or null for none/bullets.
    /// </summary>
    public string? Next(int numId, int ilvl)
    {
        if (numId == 0 || !instances.TryGetValue(numId, out var instance) || ilvl is < 0 or >= Levels)
        {
            return null;
        }

        var level = LevelOf(instance, ilvl);
        if (level is null)
        {
            return null;
        }

        instance.Counters[ilvl] = instance.Started[ilvl] ? instance.Counters[ilvl] + 1 : StartOf(instance, ilvl, level);
        instance.Started[ilvl] = true;
        for (var deeper = ilvl + 1; deeper < Levels; deeper++)
        {
            instance.Started[deeper] = false;
        }

        if (level.Format is "bullet" or "none" || string.IsNullOrEmpty(level.Text))
        {
            return null;
        }

        return Render(instance, level.Text);
    }

    private string Render(NumberingInstance instance, string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var level = LevelOf(instance, referenced);
                if (level is not null)
                {
                    var value = instance.Started[referenced] ? instance.Counters[referenced] : StartOf(instance, referenced, level);
                    builder.Append(NumberFormatter.Format(value, level.Format));
                }

                i++;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private NumberingLevel? LevelOf(NumberingInstance instance, int ilvl) =>
        instance.LevelOverrides[ilvl]
        ?? (abstracts.TryGetValue(instance.AbstractId, out var levels) ? levels[ilvl] : null);

    private static int StartOf(NumberingInstance instance, int ilvl, NumberingLevel level) =>
        instance.StartOverrides[ilvl] ?? level.Start;

    private sealed class NumberingInstance
    {
        public int AbstractId { get; set; } = -1;
        public int?[] StartOverrides { get; } = new int?[Levels];
        public NumberingLevel?[] LevelOverrides { get; } = new NumberingLevel?[Levels];
        public int[] Counters { get; } = new int[Levels];
        public bool[] Started { get; } = new bool[Levels];
    }
}
