using Pilot1X.Core.Attribution;

namespace Pilot1X.Core.Roster;

/// <summary>
/// Turns the rows of a roster sheet (CSV or XLSX alike) into institutions, rejecting anything the office must fix
/// with a message that names the row and the column, because a silently misread roster misfiles every submission.
/// </summary>
internal static class RosterTable
{
    /// <param name="rows">The roster sheet.</param>
    /// <param name="certificateRows">The workbook's 试点证书 sheet, or null (CSV rosters only have the column).</param>
    internal static InstitutionRoster Build(IReadOnlyList<RosterRow> rows, IReadOnlyList<RosterRow>? certificateRows)
    {
        var (columns, headerIndex) = RosterColumns.Locate(rows);
        var institutions = new List<Institution>();
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(headerIndex + 1).Where(r => !r.IsBlank))
        {
            var institution = Read(row, columns);
            var key = NameNormalizer.Normalize(institution.Name);
            if (!rowOf.TryAdd(key, row.Number))
            {
                throw new RosterFormatException(
                    $"第{row.Number}行“{RosterColumns.NameHeader}”列的“{institution.Name}”与第{rowOf[key]}行重复：每个单位只能列一行，请合并后删除其中一行。");
            }

            institutions.Add(institution);
        }

        if (institutions.Count == 0)
        {
            throw new RosterFormatException($"名单的表头（第{columns.HeaderRow}行）下面没有任何单位：请在表头下逐行填写试点单位。");
        }

        return new InstitutionRoster(certificateRows is null ? institutions : CertificateSheet.Apply(institutions, certificateRows));
    }

    private static Institution Read(RosterRow row, RosterColumns columns)
    {
        var name = row[columns.Name].Trim();
        if (name.Length == 0)
        {
            throw new RosterFormatException(
                $"第{row.Number}行“{RosterColumns.NameHeader}”列为空：请填写单位全称，或删除这一行。");
        }

        var sampledCell = row[columns.Sampled].Trim();
        var sampled = RosterValues.ParseYesNo(sampledCell) ?? throw new RosterFormatException(
            $"第{row.Number}行“{RosterColumns.SampledHeader}”列的值“{sampledCell}”无法识别，应为“是”或“否”。");

        var levelCell = row[columns.Level].Trim();
        var level = RosterValues.ParseLevel(levelCell) ?? throw new RosterFormatException(
            $"第{row.Number}行“{RosterColumns.LevelHeader}”列的值“{levelCell}”无法识别，应为“中职”“高职”或“本科”，也可留空。");

        var contacts = RosterValues.ParseAddresses(row[columns.Contacts], out var invalid);
        if (invalid is not null)
        {
            throw new RosterFormatException(
                $"第{row.Number}行“{RosterColumns.ContactsHeader}”列的“{invalid}”不是有效的电子邮箱地址：请写成 name@example.com 的形式，多个地址用“;”分隔。");
        }

        var aliases = RosterValues.ParseList(row[columns.Aliases])
            .Where(a => !string.Equals(NameNormalizer.Normalize(a), NameNormalizer.Normalize(name), StringComparison.Ordinal))
            .ToList();
        return new Institution(name, aliases, sampled, contacts, RosterValues.ParseList(row[columns.Certificates]), level)
        {
            ContactPerson = Optional(row[columns.ContactPerson]),
            Phone = Optional(row[columns.Phone]),
        };
    }

    private static string? Optional(string cell) => string.IsNullOrWhiteSpace(cell) ? null : cell.Trim();
}
