using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pilot1X.Core.Attribution;

namespace Pilot1X.Core.Roster;

/// <summary>Reads the values the office types into roster cells: yes/no, 办学层次, lists and e-mail addresses.</summary>
internal static partial class RosterValues
{
    private static readonly char[] ListSeparators = [';', '；', '、', '\n', '\r'];
    private static readonly char[] AddressSeparators = [';', '；', ',', '，', '、', ' ', '\t', '\n', '\r'];

    internal static bool? ParseYesNo(string cell) => Fold(cell) switch
    {
        "" or "否" or "n" or "no" or "0" or "false" or "×" => false,
        "是" or "y" or "yes" or "1" or "true" or "√" => true,
        _ => null,
    };

    internal static SchoolLevel? ParseLevel(string cell)
    {
        var value = Fold(cell);
        if (value.Length == 0)
        {
            return SchoolLevel.Unknown;
        }

        if (value.Contains("本科", StringComparison.Ordinal))
        {
            return SchoolLevel.Undergraduate;
        }

        if (StartsWithAny(value, "中职", "中等", "中专", "技工"))
        {
            return SchoolLevel.Secondary;
        }

        return StartsWithAny(value, "高职", "高等职业", "高专", "专科") ? SchoolLevel.Higher : null;
    }

    /// <summary>Aliases or certificates: separated by “;”, “；”, “、” or line breaks inside the cell; trimmed, blanks and repeats dropped.</summary>
    internal static IReadOnlyList<string> ParseList(string cell) =>
        [.. cell.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>Addresses, trimmed and lower-cased; the first invalid one is returned in <paramref name="invalid"/>.</summary>
    internal static IReadOnlyList<string> ParseAddresses(string cell, out string? invalid)
    {
        invalid = null;
        var addresses = new List<string>();
        foreach (var part in cell.Split(AddressSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var address = part.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
            if (!Address().IsMatch(address))
            {
                invalid = part;
                return [];
            }

            if (!addresses.Contains(address))
            {
                addresses.Add(address);
            }
        }

        return addresses;
    }

    private static string Fold(string cell) => NameNormalizer.Normalize(cell);

    private static bool StartsWithAny(string value, params string[] prefixes) =>
        Array.Exists(prefixes, p => value.StartsWith(p, StringComparison.Ordinal));

    [GeneratedRegex(@"^[a-z0-9_%+\-]+(?:\.[a-z0-9_%+\-]+)*@[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
