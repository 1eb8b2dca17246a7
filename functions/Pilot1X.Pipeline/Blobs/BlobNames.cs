namespace Pilot1X.Pipeline.Blobs;

/// <summary>
/// The one place a blob name is made from names a school chose (upload links, uploads, filed materials, originals).
/// Azure strips a trailing dot from a blob name and refuses path segments ending in one, so "报告.docx." would be
/// stored under another name than the one the pipeline later asks for; trailing spaces break the same way in tools.
/// </summary>
public static class BlobNames
{
    /// <summary>What a segment made only of dots and spaces becomes.</summary>
    public const string Placeholder = "_";

    /// <summary>One path segment without trailing dots and spaces.</summary>
    public static string Segment(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.TrimEnd('.', ' ');
        return trimmed.Length == 0 && name.Length > 0 ? Placeholder : trimmed;
    }

    /// <summary>A <c>/</c>-separated blob name with every segment made safe.</summary>
    public static string Path(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join('/', name.Split('/').Select(Segment));
    }
}
