namespace Pilot1X.Core.Templates;

/// <summary>The file's own name from a display path ("a.eml!/b.zip!/c.docx" → "c.docx"), for messages.</summary>
internal static class FileNames
{
    public static string Leaf(string displayPath)
    {
        var cut = displayPath.LastIndexOfAny(['/', '\\']);
        return cut >= 0 && cut + 1 < displayPath.Length ? displayPath[(cut + 1)..] : displayPath;
    }
}
