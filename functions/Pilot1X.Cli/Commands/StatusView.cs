using System.Globalization;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Options;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// Prints the per-institution status kept in Table storage: a Chinese table for people, or <c>pilot1x.status/1</c>
/// JSON whose institution entries are those of <c>pilot1x check --json</c> (materials, documents with sections, findings)
/// plus the pipeline's own (version, updatedAt).
/// </summary>
public static class StatusView
{
    public const string Schema = "pilot1x.status/1";

    public static void WriteTable(TextWriter output, DeadlineStanding standing, IReadOnlyList<(Institution Institution, InstitutionStatus? Status)> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(standing);
        ArgumentNullException.ThrowIfNull(rows);
        var received = rows.Count(r => r.Status is not null);
        output.WriteLine(Invariant($"名单内单位 {rows.Count} 个：{OfficeLabels.Complete} {rows.Count(r => r.Status?.Complete == true)} 个，{OfficeLabels.Incomplete} {rows.Count(r => r.Status is { Complete: false })} 个，{OfficeLabels.NothingReceived} {rows.Count - received} 个。"));
        output.WriteLine("截止时间：" + OfficeLabels.Cst(standing.Deadline) + "（北京时间），" + (standing.Late ? "已过截止时间。" : Invariant($"距截止还有 {standing.DaysLeft} 天。")));
        output.WriteLine();
        output.WriteLine($"序号　{Pad("单位名称", 15)}{Pad("层次", 3)}{Pad("状态", 5)}{Pad("总结报告 Word/扫描", 15)}{Pad("评价报告 Word/扫描", 13)}文件数");
        var number = 0;
        foreach (var (institution, status) in rows)
        {
            number++;
            var materials = status?.Materials ?? CompletenessEvaluator.Evaluate(institution, []).Materials;
            output.WriteLine(Invariant($"{number,4}　{Pad(institution.Name, 15)}{Pad(ContractNames.Label(institution.Level), 3)}{Pad(State(status), 5)}{Pad(Pair(materials, MaterialKind.Summary), 15)}{Pad(Pair(materials, MaterialKind.Evaluation), 13)}{status?.Documents ?? 0,4}"));
        }

        var open = rows.Where(r => r.Status is { Complete: false }).ToList();
        if (open.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("■ 未齐全单位还需补交：");
            foreach (var (institution, status) in open)
            {
                foreach (var finding in status!.Findings)
                {
                    output.WriteLine($"  {institution.Name}：{finding.Message}{(finding.Suggestion is { } s ? " → " + s : string.Empty)}");
                }
            }
        }
    }

    /// <summary>
    /// Writes <c>pilot1x.status/1</c>: every institution exactly as <c>pilot1x check --json</c> writes it (one writer), read from
    /// storage, plus the stored row's <c>version</c> and <c>updatedAt</c> when it has one.
    /// </summary>
    public static void WriteJson(Stream output, CheckReport report, IReadOnlyList<(Institution Institution, InstitutionStatus? Status)> rows)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rows);
        var stored = rows.Where(r => r.Status is not null).ToDictionary(r => r.Institution.Name, r => r.Status!, StringComparer.Ordinal);
        using var json = CheckReportJson.CreateWriter(output);
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteString("asOf", CheckReportJson.Iso(report.AsOf));
        json.WriteString("deadline", CheckReportJson.Iso(report.Deadline));
        json.WriteStartArray("institutions");
        foreach (var institution in report.Institutions)
        {
            var status = stored.GetValueOrDefault(institution.Institution.Name);
            CheckReportJson.WriteInstitution(json, institution, extra =>
            {
                extra.WriteNumber("version", status?.Version ?? 0);
                if (status is not null)
                {
                    extra.WriteString("updatedAt", CheckReportJson.Iso(status.UpdatedAt));
                }
            });
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string State(InstitutionStatus? status) => status switch
    {
        null => OfficeLabels.NothingReceived,
        { Complete: true } => OfficeLabels.Complete,
        _ => OfficeLabels.Incomplete,
    };

    private static string Pair(IReadOnlyList<MaterialReport> materials, MaterialKind kind) =>
        materials.FirstOrDefault(m => m.Kind == kind) is { } m ? $"{ContractNames.Label(m.Word)}/{ContractNames.Label(m.Scan)}" : "不需要";

    /// <summary>Pads to a width counted in full-width characters, so Chinese columns line up.</summary>
    private static string Pad(string text, int width) =>
        text.Length >= width ? text + "　" : text + new string('　', width - text.Length + 1);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
