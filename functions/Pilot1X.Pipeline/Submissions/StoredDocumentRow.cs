using System.Globalization;
using Azure.Data.Tables;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// One row of the Documents table, written and read only here: the document as the dashboard shows
/// it (its institution and whether it counts are filled in by the office snapshot) and, when it counts for completeness,
/// its evidence — which the status recomputation reads too.
/// </summary>
public sealed record StoredDocumentRow(string Partition, DashboardDocument Document, MaterialEvidence? Evidence)
{
    /// <summary>The Documents row of one analysed document (the one writer of the columns <see cref="From"/> reads).</summary>
    public static TableEntity EntityOf(string institution, string submissionId, DocumentReport document, string? filedBlob, string? originalBlob)
    {
        var row = new TableEntity(TableKey.Encode(institution), SubmissionRows.DocumentKey(submissionId, document.File))
        {
            ["SubmissionId"] = submissionId,
            ["File"] = document.File,
            ["Kind"] = ContractNames.Of(document.Kind),
            ["Format"] = ContractNames.Of(document.Format),
            ["Status"] = document.Status,
            ["ContentHash"] = document.ContentHash,
            ["Chars"] = document.Chars,
            ["Images"] = document.Images,
            ["CaptionedImages"] = document.CaptionedImages,
            ["Pages"] = document.Pages,
            ["Seal"] = document.Seal is { } seal ? ContractNames.Of(seal) : null,
            ["PageFiles"] = document.PageFiles is { } pages ? TableLimits.Shorten(string.Join('\n', pages)) : null,
            ["Sections"] = document.Sections?.Count,
            ["TemplateSections"] = TemplateSections(document),
            ["FiledBlob"] = filedBlob,
            ["OriginalBlob"] = originalBlob,
            ["HasEvidence"] = document.Evidence is not null,
            [CertificateEvidenceColumn.Name] = CertificateEvidenceColumn.Write(document.Certificates),
        };
        if (document.Evidence is { } evidence)
        {
            row["EvidenceKind"] = ContractNames.Of(evidence.Kind);
            row["IsWord"] = evidence.IsWord;
            row["HasError"] = evidence.HasError;
            row["Unchecked"] = evidence.Unchecked;
            row["ReceivedAt"] = evidence.ReceivedAt;
            row["VersionKey"] = evidence.VersionKey;
            row["SubmittedBy"] = evidence.Submitter;
        }

        return SubmissionRows.Compact(row);
    }

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

    /// <summary>The template sections (1-based) the outline matched, as "1,2,4"; null for a document without an outline.</summary>
    private static string? TemplateSections(DocumentReport document) => document.Sections is { } sections
        ? string.Join(',', sections.Where(s => s.Template is not null).Select(s => s.Template!.Value).Distinct().Order()
            .Select(t => t.ToString(CultureInfo.InvariantCulture)))
        : null;

    private static MaterialKind ParseKind(string? value) =>
        Enum.TryParse<MaterialKind>(value, ignoreCase: true, out var kind) ? kind : MaterialKind.Unknown;
}
