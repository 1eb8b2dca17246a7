using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pilot1X.Core.Checking;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;
using Pilot1X.Storage.Options;
using Pilot1X.Storage.Pipeline;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// Prints the per-institution status kept in Table storage: a Chinese table for people, or <c>pilot1x.status/1</c>
/// JSON whose institution entries have the same members as <c>pilot1x check --json</c> where they overlap
/// (name, sampled, level, complete, materials, findings) plus the pipeline's own (documents, version, updatedAt).
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
        output.WriteLine(Invariant($"名单内单位 {rows.Count} 个：材料齐全 {rows.Count(r => r.Status?.Complete == true)} 个，未齐全 {rows.Count(r => r.Status is { Complete: false })} 个，未收到任何材料 {rows.Count - received} 个。"));
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

    public static void WriteJson(Stream output, DeadlineStanding standing, IReadOnlyList<(Institution Institution, InstitutionStatus? Status)> rows)
    {
        ArgumentNullException.ThrowIfNull(standing);
        ArgumentNullException.ThrowIfNull(rows);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        // As in pilot1x.check/1: when the status was looked at, and against which deadline.
        json.WriteString("asOf", ChinaTime.Format(standing.AsOf.ToOffset(CheckOptions.ChinaStandardTime)));
        json.WriteString("deadline", ChinaTime.Format(standing.Deadline.ToOffset(CheckOptions.ChinaStandardTime)));
        json.WriteStartArray("institutions");
        foreach (var (institution, status) in rows)
        {
            var empty = status is null ? CompletenessEvaluator.Evaluate(institution, []) : null;
            json.WriteStartObject();
            json.WriteString("name", institution.Name);
            json.WriteBoolean("sampled", institution.Sampled);
            json.WriteString("level", ContractNames.Label(institution.Level));
            json.WriteBoolean("complete", status?.Complete ?? false);
            json.WriteStartArray("materials");
            foreach (var material in status?.Materials ?? empty!.Materials)
            {
                json.WriteStartObject();
                json.WriteString("kind", ContractNames.Of(material.Kind));
                json.WriteBoolean("required", material.Required);
                json.WriteString("word", ContractNames.Of(material.Word));
                json.WriteString("scan", ContractNames.Of(material.Scan));
                json.WriteStartArray("files");
                material.Files.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            CheckReportJson.WriteFindings(json, status?.Findings ?? empty!.Missing);
            json.WriteNumber("documents", status?.Documents ?? 0);
            json.WriteNumber("version", status?.Version ?? 0);
            if (status is not null)
            {
                json.WriteString("updatedAt", status.UpdatedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string State(InstitutionStatus? status) => status switch
    {
        null => "未收到",
        { Complete: true } => "材料齐全",
        _ => "未齐全",
    };

    private static string Pair(IReadOnlyList<MaterialReport> materials, MaterialKind kind) =>
        materials.FirstOrDefault(m => m.Kind == kind) is { } m ? $"{ContractNames.Label(m.Word)}/{ContractNames.Label(m.Scan)}" : "不需要";

    /// <summary>Pads to a width counted in full-width characters, so Chinese columns line up.</summary>
    private static string Pad(string text, int width) =>
        text.Length >= width ? text + "　" : text + new string('　', width - text.Length + 1);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
