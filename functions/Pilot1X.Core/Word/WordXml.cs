using System.Xml;
using Pilot1X.Core.Formats;

namespace Pilot1X.Core.Word;

/// <summary>WordprocessingML names and the hardened reader settings every part of a .docx is read with.</summary>
internal static class WordXml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string V = "urn:schemas-microsoft-com:vml";
    public const string MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>No DTDs, no external resolution, nesting within the budget: the package is untrusted input.</summary>
    public static XmlReader CreateReader(Stream stream, OfficePackageBudget budget) =>
        new DepthLimitedXmlReader(XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CheckCharacters = false,
            CloseInput = false,
        }), budget);

    /// <summary>The <c>w:val</c> attribute of the current element.</summary>
    public static string? Val(XmlReader reader) => reader.GetAttribute("val", W);

    /// <summary>An integer <c>w:val</c>, or null when absent or malformed.</summary>
    public static int? IntVal(XmlReader reader) =>
        int.TryParse(Val(reader), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>An on/off property (<c>w:b</c>): present means on unless its value says off.</summary>
    public static bool OnOff(XmlReader reader) => Val(reader) is not ("0" or "false" or "off");
}
