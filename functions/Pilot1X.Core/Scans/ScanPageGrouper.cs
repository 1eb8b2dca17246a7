using System.Text.RegularExpressions;

namespace Pilot1X.Core.Scans;

/// <summary>
/// Loose scan pages arrive as one image per page (<c>X-1.jpg</c>, <c>X（2）.jpg</c>, <c>X 第3页.png</c>):
/// reads the common name and the page number so the pages of one scan can be analysed together.
/// </summary>
public static partial class ScanPageGrouper
{
    /// <summary>
    /// Splits a file name into the scan it belongs to and its page number. A name without a page suffix is page 1
    /// of a scan named after the file (without extension). A name that is only a page marker (<c>2.jpg</c>,
    /// <c>（2）.jpg</c>) gives an empty key: the caller groups such pages by their folder.
    /// Suffixes longer than three digits (<c>报告-20201225.jpg</c>) are dates or numbers, not pages.
    /// </summary>
    public static (string Key, int Page) Parse(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName[(fileName.LastIndexOfAny(['/', '\\']) + 1)..];
        var stem = StripExtension(name).Trim();

        foreach (var pattern in new[] { PageWordSuffix(), BracketSuffix(), SeparatorSuffix(), BareNumber() })
        {
            var match = pattern.Match(stem);
            if (match.Success)
            {
                var page = ParseDigits(match.Groups["page"].Value);
                var key = match.Groups["key"].Value.TrimEnd(' ', '-', '_', '—', '–', '.');
                return (key, Math.Max(page, 1));
            }
        }

        return (stem, 1);
    }

    private static int ParseDigits(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            // Full-width digits (０-９) come from Chinese input methods.
            value = (value * 10) + (c >= '０' ? c - '０' : c - '0');
        }

        return value;
    }

    private static string StripExtension(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 && name.Length - dot <= 6 ? name[..dot] : name;
    }

    [GeneratedRegex(@"^(?<key>.*?)\s*第\s*(?<page>[0-9０-９]{1,3})\s*[页张]$", RegexOptions.CultureInvariant)]
    private static partial Regex PageWordSuffix();

    [GeneratedRegex(@"^(?<key>.*?)\s*[(（]\s*(?:[pPｐＰ]|第)?\s*(?<page>[0-9０-９]{1,3})\s*(?:页)?\s*[)）]$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketSuffix();

    [GeneratedRegex(@"^(?<key>.*?\S)\s*[-_—–－\s]\s*(?:[pPｐＰ])?(?<page>[0-9０-９]{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorSuffix();

    [GeneratedRegex(@"^(?<key>)(?:[pPｐＰ])?(?<page>[0-9０-９]{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();
}
