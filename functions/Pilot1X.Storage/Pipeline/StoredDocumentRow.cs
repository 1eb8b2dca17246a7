using System.Globalization;
using Azure.Data.Tables;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Dashboard;

namespace Pilot1X.Storage.Pipeline;

/// <summary>
/// One row of the Documents table (written by <see cref="SubmissionRows"/>) read back: the document as the dashboard shows
/// it (its institution and whether it counts are filled in by the office snapshot) and, when it counts for completeness,
/// its evidence — which the status recomputation reads too.
/// </summary>
public sealed record StoredDocumentRow(string Partition, DashboardDocument Document, MaterialEvidence? Evidence)
{
    public static StoredDocumentRow From(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var file = row.GetString("File") ?? string.Empty;
        MaterialEvidence? evidence = row.GetBoolean("HasEvidence") == true
            ? new MaterialEvidence(
                ParseKind(row.GetString("EvidenceKind")),
                row.GetBoolean("IsWord") ?? false,
                row.GetBoolean("HasError") ?? false,
                file,
                row.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
                row.GetString("VersionKey") ?? string.Empty,
                row.GetString("SubmittedBy"),
                row.GetBoolean("Unchecked") ?? false)
            : null;
        var document = new DashboardDocument(string.Empty, row.GetString("SubmissionId") ?? string.Empty, file, ParseKind(row.GetString("Kind")),
            Enum.TryParse<FileFormat>(row.GetString("Format"), ignoreCase: true, out var format) ? format : FileFormat.Other,
            Current: false, row.GetString("Status"), evidence?.ReceivedAt)
        {
            Chars = row.GetInt32("Chars"),
            Images = row.GetInt32("Images"),
            CaptionedImages = row.GetInt32("CaptionedImages"),
            Pages = row.GetInt32("Pages"),
            Seal = row.GetString("Seal") is { } seal ? ContractNames.SealOf(seal) : null,
            PageFiles = row.GetString("PageFiles")?.Split('\n'),
            TemplateSections = row.GetString("TemplateSections") is { } sections
                ? [.. sections.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))]
                : null,
            Certificates = CertificateEvidenceColumn.Read(row.GetString(CertificateEvidenceColumn.Name)),
        };
        return new StoredDocumentRow(row.PartitionKey, document, evidence);
    }

    private static MaterialKind ParseKind(string? value) =>
        Enum.TryParse<MaterialKind>(value, ignoreCase: true, out var kind) ? kind : MaterialKind.Unknown;
}
