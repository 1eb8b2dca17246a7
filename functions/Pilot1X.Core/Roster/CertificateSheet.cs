using Pilot1X.Core.Attribution;
using Pilot1X.Core.Certificates;

namespace Pilot1X.Core.Roster;

/// <summary>
/// Reads the roster workbook's optional 试点证书 sheet (单位名称, 证书名称, 培训评价组织, 别名; one row per certificate of an
/// institution) and adds what it says to the institutions of the roster sheet. A certificate the 试点证书 column already
/// names keeps the column's spelling and gains the sheet's organisation and aliases.
/// </summary>
internal static class CertificateSheet
{
    internal const string CertificateHeader = "证书名称";
    internal const string OrganisationHeader = "培训评价组织";

    internal static List<Institution> Apply(List<Institution> institutions, IReadOnlyList<RosterRow> rows)
    {
        var headerIndex = FindHeader(rows);
        var headers = rows[headerIndex].Cells.Select(HeaderKey).ToList();
        int Column(string header) => headers.IndexOf(header);
        var (name, certificate, organisation, aliases) =
            (Column(RosterColumns.NameHeader), Column(CertificateHeader), Column(OrganisationHeader), Column(RosterColumns.AliasesHeader));

        var byKey = institutions.Select((institution, index) => (institution, index))
            .ToDictionary(p => NameNormalizer.Normalize(p.institution.Name), p => p.index, StringComparer.Ordinal);
        var certificates = institutions.Select(i => i.PilotCertificates.ToList()).ToList();
        foreach (var row in rows.Skip(headerIndex + 1).Where(r => !r.IsBlank))
        {
            var institutionName = row[name].Trim();
            if (!byKey.TryGetValue(NameNormalizer.Normalize(institutionName), out var index))
            {
                throw new RosterFormatException(
                    $"“{XlsxRosterReader.CertificateSheetName}”表第{row.Number}行的单位“{institutionName}”不在名单第一张表中：请写成名单中的单位全称。");
            }

            var certificateName = row[certificate].Trim();
            if (certificateName.Length == 0)
            {
                throw new RosterFormatException(
                    $"“{XlsxRosterReader.CertificateSheetName}”表第{row.Number}行“{CertificateHeader}”列为空：请填写证书名称，或删除这一行。");
            }

            var entry = new PilotCertificate(
                certificateName,
                row[organisation].Trim() is { Length: > 0 } org ? org : null,
                RosterValues.ParseList(row[aliases]));
            Merge(certificates[index], entry);
        }

        return [.. institutions.Select((institution, i) => institution with
        {
            Certificates = [.. certificates[i].Select(c => c.Name)],
            PilotCertificates = certificates[i],
        })];
    }

    private static void Merge(List<PilotCertificate> certificates, PilotCertificate entry)
    {
        var known = new CertificateMatcher(certificates).Match(entry.Name);
        if (known is null)
        {
            certificates.Add(entry);
            return;
        }

        certificates[certificates.IndexOf(known)] = known with
        {
            Organisation = entry.Organisation ?? known.Organisation,
            Aliases = [.. known.Aliases.Concat(entry.Aliases).Distinct(StringComparer.Ordinal)],
        };
    }

    private static int FindHeader(IReadOnlyList<RosterRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var headers = rows[i].Cells.Select(HeaderKey).ToList();
            if (headers.Contains(RosterColumns.NameHeader) && headers.Contains(CertificateHeader))
            {
                return i;
            }
        }

        throw new RosterFormatException(
            $"“{XlsxRosterReader.CertificateSheetName}”表中找不到表头：请在表头行写上“{RosterColumns.NameHeader}”“{CertificateHeader}”（必填），以及可选的“{OrganisationHeader}”“{RosterColumns.AliasesHeader}”列。");
    }

    private static string HeaderKey(string cell) => NameNormalizer.Normalize(cell).Trim('*', ':', '：');
}
