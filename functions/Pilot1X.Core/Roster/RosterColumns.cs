using Pilot1X.Core.Attribution;

namespace Pilot1X.Core.Roster;

/// <summary>
/// Finds the header row (offices put title rows above it) and where each known column is; columns may be in any order,
/// headers may carry spaces or full-width characters, and extra columns are ignored.
/// </summary>
internal sealed record RosterColumns(int HeaderRow, int Name, int Aliases, int Sampled, int Contacts, int Certificates, int Level)
{
    internal const string ContactPersonHeader = "联系人";
    internal const string PhoneHeader = "电话";

    internal const string NameHeader = "单位名称";
    internal const string AliasesHeader = "别名";
    internal const string SampledHeader = "是否抽查";
    internal const string ContactsHeader = "联系邮箱";
    internal const string CertificatesHeader = "试点证书";
    internal const string LevelHeader = "办学层次";

    /// <summary>联系人 column, or -1 (optional).</summary>
    internal int ContactPerson { get; init; } = -1;

    /// <summary>电话 column, or -1 (optional).</summary>
    internal int Phone { get; init; } = -1;

    /// <summary>The columns, from the first row that has a 单位名称 header; the index of that row in <paramref name="rows"/> is returned too.</summary>
    internal static (RosterColumns Columns, int RowIndex) Locate(IReadOnlyList<RosterRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var headers = rows[i].Cells.Select(HeaderKey).ToList();
            if (headers.Contains(NameHeader))
            {
                var row = rows[i];
                return (new RosterColumns(
                    row.Number,
                    Find(row, headers, NameHeader),
                    Find(row, headers, AliasesHeader),
                    Find(row, headers, SampledHeader),
                    Find(row, headers, ContactsHeader),
                    Find(row, headers, CertificatesHeader),
                    Find(row, headers, LevelHeader))
                {
                    ContactPerson = Find(row, headers, ContactPersonHeader),
                    Phone = Find(row, headers, PhoneHeader),
                }, i);
            }
        }

        throw new RosterFormatException(
            $"名单中找不到“{NameHeader}”列：请在表头行写上“{NameHeader}”（必填），以及可选的“{AliasesHeader}”“{SampledHeader}”“{ContactsHeader}”“{CertificatesHeader}”“{LevelHeader}”列。");
    }

    /// <summary>Excel's column letters for a 0-based index (0 → A, 27 → AB).</summary>
    internal static string Letter(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static string HeaderKey(string cell) => NameNormalizer.Normalize(cell).Trim('*', ':', '：');

    private static int Find(RosterRow row, List<string> headers, string header)
    {
        var first = headers.IndexOf(header);
        var second = first < 0 ? -1 : headers.IndexOf(header, first + 1);
        if (second >= 0)
        {
            throw new RosterFormatException(
                $"第{row.Number}行表头中“{header}”列出现了两次（{Letter(first)}列和{Letter(second)}列）：请删除或改名其中一列。");
        }

        return first;
    }
}
