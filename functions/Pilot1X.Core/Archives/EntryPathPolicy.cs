namespace Pilot1X.Core.Archives;

/// <summary>
/// Rejects entry names that try to leave the extraction folder (zip-slip): parent segments, absolute paths and
/// drive letters. Sanitising them silently would hide an attack from the office, so they are reported instead.
/// </summary>
internal static class EntryPathPolicy
{
    public static bool IsUnsafe(string rawPath)
    {
        if (rawPath.Length == 0)
        {
            return false;
        }

        if (rawPath[0] is '/' or '\\' || (rawPath.Length >= 2 && rawPath[1] == ':' && char.IsAsciiLetter(rawPath[0])))
        {
            return true;
        }

        foreach (var segment in rawPath.Split('/', '\\'))
        {
            if (segment.Trim() == ".." || segment.Contains(':', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
