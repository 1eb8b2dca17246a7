using System.Text.RegularExpressions;
using Pilot1X.Core.Scans;

namespace Pilot1X.Core.Checking;

/// <summary>The part of a file name that a Word file and its stamped scan share.</summary>
internal static partial class ScanNames
{
    /// <summary>"X总结报告（盖章扫描版）-2.jpg" → "X总结报告"; "X总结报告.docx" → "X总结报告".</summary>
    public static string Stem(string fileName)
    {
        var key = ScanPageGrouper.Parse(fileName).Key;
        key = BracketedMarker().Replace(key, string.Empty);
        return TrailingMarker().Replace(key, string.Empty).Trim(' ', '-', '_', '+');
    }

    [GeneratedRegex(@"[（(\[【][^）)\]】]*(盖章|扫描|电子版|word|pdf)[^）)\]】]*[）)\]】]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BracketedMarker();

    [GeneratedRegex(@"(盖章扫描版|盖章扫描件|盖章版|盖章件|扫描版|扫描件)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingMarker();
}
