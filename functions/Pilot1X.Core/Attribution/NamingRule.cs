using System.Globalization;
using System.Text.RegularExpressions;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Attribution;

/// <summary>
/// The notice's naming rule <c>单位名称+1+X证书制度试点工作</c> plus a material suffix: what the right name is
/// (the NAME_NONCONFORMING suggestion) and whether a received name already follows it, tolerating the
/// harmless variations real files have (width, spaces, the notice's literal “+” or a dash/underscore between the parts,
/// scan markers such as （盖章）, page numbers).
/// </summary>
public static partial class NamingRule
{
    /// <summary>The fixed part after the institution name, as the office intends it (the notice prints “+X”, meaning 1+X).</summary>
    public const string Stem = "1+X证书制度试点工作";

    /// <summary>The marker a stamped scan carries in its suggested name.</summary>
    public const string ScanMarker = "（盖章扫描版）";

    private static readonly string NormalizedStem = NameNormalizer.Normalize(Stem);

    /// <summary>The right file name, e.g. <c>武汉工程大学1+X证书制度试点工作总结报告（盖章扫描版）.pdf</c>.</summary>
    /// <param name="extension">With or without the leading dot; empty for a folder or package name.</param>
    public static string SuggestName(Institution institution, MaterialKind kind, bool scan, string extension)
    {
        ArgumentNullException.ThrowIfNull(institution);
        var suffix = SuffixesOf(kind)[0];
        var ext = string.IsNullOrWhiteSpace(extension) ? string.Empty : "." + extension.Trim().TrimStart('.').ToLower(CultureInfo.InvariantCulture);
        return string.Concat(institution.Name, Stem, suffix, scan ? ScanMarker : string.Empty, ext);
    }

    /// <summary>Whether a file name (folders and any extension ignored) follows the rule for this institution and material; the canonical name is required, not an alias.</summary>
    public static bool Conforms(string fileName, Institution institution, MaterialKind kind)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(institution);
        var rest = NameNormalizer.Normalize(StemOf(fileName));
        var name = NameNormalizer.Normalize(institution.Name);
        if (!rest.StartsWith(name, StringComparison.Ordinal))
        {
            return false;
        }

        rest = TrimSeparators(rest[name.Length..]);

        if (kind == MaterialKind.Evaluation)
        {
            rest = TrimSeparators(StripPrefix(rest, "对培训评价组织"));
        }

        if (!rest.StartsWith(NormalizedStem, StringComparison.Ordinal))
        {
            return false;
        }

        rest = TrimSeparators(rest[NormalizedStem.Length..]);
        var suffix = SuffixesOf(kind)
            .OrderByDescending(s => s.Length)
            .FirstOrDefault(s => rest.StartsWith(NameNormalizer.Normalize(s), StringComparison.Ordinal));
        if (suffix is null)
        {
            return false;
        }

        rest = rest[NameNormalizer.Normalize(suffix).Length..];
        return kind == MaterialKind.Case ? IsCaseTail(rest) : Tail().IsMatch(rest);
    }

    private static string[] SuffixesOf(MaterialKind kind) => kind switch
    {
        MaterialKind.Summary => ["总结报告"],
        MaterialKind.Evaluation => ["评价报告", "对培训评价组织评价报告", "培训评价组织评价报告"],
        MaterialKind.Case => ["典型案例"],
        MaterialKind.Questionnaire => ["问卷", "问卷调查表", "问卷调查"],
        _ => [string.Empty],
    };

    /// <summary>A case may carry a number or its own title after 典型案例 (典型案例1, 典型案例-课证融通), but no other material's suffix.</summary>
    private static bool IsCaseTail(string rest) =>
        !rest.Contains("总结报告", StringComparison.Ordinal) && !rest.Contains("评价报告", StringComparison.Ordinal);

    /// <summary>
    /// The separators people put between the notice's parts (it prints them joined by “+”): +, -, _, — and –, after
    /// normalisation (＋/－/＿ fold to their half-width forms; spaces are already gone).
    /// </summary>
    public static string TrimSeparators(string text) => text.TrimStart(Separators);

    private static readonly char[] Separators = ['+', '-', '_', '\u2014', '\u2013'];

    private static string StripPrefix(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text;

    private static string StemOf(string fileName)
    {
        var start = Math.Max(fileName.LastIndexOf('/'), fileName.LastIndexOf('\\')) + 1;
        var name = fileName[start..];
        var dot = name.LastIndexOf('.');
        return dot > 0 && name.Length - dot - 1 is >= 1 and <= 5 && name[(dot + 1)..].All(char.IsAsciiLetterOrDigit)
            ? name[..dot]
            : name;
    }

    /// <summary>Scan/Word markers in any bracket style (（盖章）, (扫描件), -盖章扫描版), then an optional page number of a loose scan image (-1, _2, (3)).</summary>
    [GeneratedRegex(@"^(?:[-_+\u2014\u2013]?[(\[【]?(?:盖章扫描版|盖章扫描件|盖章版|盖章件|盖章|扫描版|扫描件|word版|电子版)[)\]】]?)*(?:[-_\u2014\u2013]?\d{1,3}|\(\d{1,3}\)|【\d{1,3}】)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Tail();
}
