using System.Text.Json;
using Pilot1X.Core.Certificates;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// The Documents table's <c>Certificates</c> column: what a Word report says of each roster certificate, as JSON, so the
/// stored status can rebuild the contract's <c>certificates</c> without reading the report again.
/// </summary>
internal static class CertificateEvidenceColumn
{
    public const string Name = "Certificates";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string? Write(IReadOnlyList<CertificateEvidence>? certificates) =>
        certificates is null ? null : JsonSerializer.Serialize(certificates, Json);

    /// <summary>The evidence back; null when the column is absent or not what <see cref="Write"/> wrote (an older row).</summary>
    public static IReadOnlyList<CertificateEvidence>? Read(string? column)
    {
        if (string.IsNullOrEmpty(column))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<List<CertificateEvidence>>(column, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
