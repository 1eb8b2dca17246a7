using System.Globalization;
using Azure.Data.Tables;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Scans;

namespace Pilot1X.Storage.Reporting;

/// <summary>One row of the Documents table read back: the document and, when it counts for completeness, its evidence.</summary>
internal sealed record StoredDocumentRow(string Partition, string SubmissionId, string File, MaterialKind Kind, FileFormat Format, string? Status, MaterialEvidence? Evidence)
{
    public int? Chars { get; init; }

    public int? Images { get; init; }

    public int? CaptionedImages { get; init; }

    public int? Pages { get; init; }

    public SealStatus? Seal { get; init; }

    public IReadOnlyList<int>? TemplateSections { get; init; }

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
                row.GetString("VersionKey") ?? string.Empty)
            : null;
        return new StoredDocumentRow(row.PartitionKey, row.GetString("SubmissionId") ?? string.Empty, file, ParseKind(row.GetString("Kind")),
            Enum.TryParse<FileFormat>(row.GetString("Format"), ignoreCase: true, out var format) ? format : FileFormat.Other,
            row.GetString("Status"), evidence)
        {
            Chars = row.GetInt32("Chars"),
            Images = row.GetInt32("Images"),
            CaptionedImages = row.GetInt32("CaptionedImages"),
            Pages = row.GetInt32("Pages"),
            Seal = ParseSeal(row.GetString("Seal")),
            TemplateSections = row.GetString("TemplateSections") is { } sections
                ? [.. sections.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))]
                : null,
        };
    }

    private static MaterialKind ParseKind(string? value) =>
        Enum.TryParse<MaterialKind>(value, ignoreCase: true, out var kind) ? kind : MaterialKind.Unknown;

    /// <summary>The contract's seal names (<see cref="ContractNames.Of(SealStatus)"/>) back to the enum.</summary>
    private static SealStatus? ParseSeal(string? value) => value switch
    {
        null => null,
        "found" => SealStatus.Found,
        "not_found" => SealStatus.NotFound,
        _ => SealStatus.Undetermined,
    };
}
