using System.Text.Json;
using Azure.Data.Tables;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>Maps <see cref="InstitutionStatus"/> to and from its Status table row (materials and findings as JSON columns).</summary>
internal static class StatusRow
{
    public const string RowKey = "status";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TableEntity ToEntity(string partitionKey, InstitutionStatus status) => new(partitionKey, RowKey)
    {
        ["Name"] = status.Name,
        ["Sampled"] = status.Sampled,
        ["Level"] = status.Level,
        ["Complete"] = status.Complete,
        ["Materials"] = JsonSerializer.Serialize(status.Materials.Select(m => new StoredMaterial(
            ContractNames.Of(m.Kind), m.Required, ContractNames.Of(m.Word), ContractNames.Of(m.Scan), m.Files)), Json),
        ["Findings"] = JsonSerializer.Serialize(status.Findings.Select(f => new StoredFinding(
            f.Code, ContractNames.Of(f.Severity), f.File, f.Message, f.Suggestion)), Json),
        ["Documents"] = status.Documents,
        ["Version"] = status.Version,
        ["UpdatedAt"] = status.UpdatedAt,
    };

    public static InstitutionStatus FromEntity(TableEntity row)
    {
        var materials = JsonSerializer.Deserialize<List<StoredMaterial>>(row.GetString("Materials") ?? "[]", Json) ?? [];
        var findings = JsonSerializer.Deserialize<List<StoredFinding>>(row.GetString("Findings") ?? "[]", Json) ?? [];
        return new InstitutionStatus(
            row.GetString("Name") ?? string.Empty,
            row.GetBoolean("Sampled") ?? false,
            row.GetString("Level") ?? string.Empty,
            row.GetBoolean("Complete") ?? false,
            [.. materials.Select(m => new MaterialReport(Parse<MaterialKind>(m.Kind), m.Required, Parse<MaterialState>(m.Word), Parse<MaterialState>(m.Scan), m.Files))],
            [.. findings.Select(f => new Finding(f.Code, Parse<Severity>(f.Severity), f.File, f.Message, f.Suggestion))],
            row.GetInt32("Documents") ?? 0,
            row.GetInt64("Version") ?? 0,
            row.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);
    }

    private static T Parse<T>(string value)
        where T : struct, Enum => Enum.Parse<T>(value, ignoreCase: true);

    private sealed record StoredMaterial(string Kind, bool Required, string Word, string Scan, IReadOnlyList<string> Files);

    private sealed record StoredFinding(string Code, string Severity, string? File, string Message, string? Suggestion);
}
