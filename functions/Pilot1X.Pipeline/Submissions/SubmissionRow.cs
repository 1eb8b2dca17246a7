using System.Text.Json;
using Azure.Data.Tables;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// One row of the Submissions table (PK the upload folder, RK the submission id), the only place its columns are named.
/// The intake adds the row; the analysis and the poison handler merge their own columns into it, so every column is
/// optional and <see cref="ToEntity"/> writes only what is set (Merge keeps the rest).
/// </summary>
/// <param name="Folder">The upload folder the blob landed in (the institution a link was issued for, or the mail folder).</param>
/// <param name="SubmissionId">The submission id (RowKey).</param>
public sealed record SubmissionRow(string Folder, string SubmissionId)
{
    /// <summary>The institutions as a JSON array; <see cref="LegacyInstitutionsColumn"/> is read for rows written before it.</summary>
    public const string InstitutionsColumn = "InstitutionList";

    /// <summary>Rows analysed before the list column hold the names joined by 、 (a display string) here.</summary>
    public const string LegacyInstitutionsColumn = "Institutions";

    public string? BlobName { get; init; }

    public string? ETag { get; init; }

    public string? ContentVersion { get; init; }

    public long? Size { get; init; }

    public DateTimeOffset? ReceivedAt { get; init; }

    public SubmissionState? State { get; init; }

    /// <summary>Why the last analysis attempt failed or the blob was gone (for the office and the poison record).</summary>
    public string? LastError { get; init; }

    public DateTimeOffset? FailedAt { get; init; }

    public int? Documents { get; init; }

    public int? Findings { get; init; }

    public int? Unassigned { get; init; }

    public int? Held { get; init; }

    public int? Ignored { get; init; }

    /// <summary>The refusal of a blob too large to analyse.</summary>
    public string? Refused { get; init; }

    /// <summary>The roster institutions the analysis attributed files to, in report order; null when not analysed (or not set by this update).</summary>
    public IReadOnlyList<string>? Institutions { get; init; }

    public DateTimeOffset? AnalyzedAt { get; init; }

    public TableEntity ToEntity()
    {
        var row = SubmissionRows.Compact(new TableEntity(TableKey.Encode(Folder), SubmissionId)
        {
            ["Institution"] = Folder,
            ["BlobName"] = BlobName,
            ["ETag"] = ETag,
            ["ContentVersion"] = ContentVersion,
            ["Size"] = Size,
            ["ReceivedAt"] = ReceivedAt,
            ["State"] = State?.ToString(),
            ["LastError"] = LastError is null ? null : TableLimits.Shorten(LastError, 4000),
            ["FailedAt"] = FailedAt,
            ["Documents"] = Documents,
            ["Findings"] = Findings,
            ["Unassigned"] = Unassigned,
            ["Held"] = Held,
            ["Ignored"] = Ignored,
            ["Refused"] = Refused,
            [InstitutionsColumn] = Institutions is null ? null : JsonSerializer.Serialize(Institutions),
            ["AnalyzedAt"] = AnalyzedAt,
        });
        return row;
    }

    public static SubmissionRow FromEntity(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new SubmissionRow(row.GetString("Institution") ?? string.Empty, row.RowKey)
        {
            BlobName = row.GetString("BlobName"),
            ETag = row.GetString("ETag"),
            ContentVersion = row.GetString("ContentVersion"),
            Size = row.GetInt64("Size"),
            ReceivedAt = row.GetDateTimeOffset("ReceivedAt"),
            State = Enum.TryParse<SubmissionState>(row.GetString("State"), out var state) ? state : null,
            LastError = row.GetString("LastError"),
            FailedAt = row.GetDateTimeOffset("FailedAt"),
            Documents = row.GetInt32("Documents"),
            Findings = row.GetInt32("Findings"),
            Unassigned = row.GetInt32("Unassigned"),
            Held = row.GetInt32("Held"),
            Ignored = row.GetInt32("Ignored"),
            Refused = row.GetString("Refused"),
            Institutions = InstitutionsOf(row),
            AnalyzedAt = row.GetDateTimeOffset("AnalyzedAt"),
        };
    }

    /// <summary>The list column, else the legacy 、-joined string split once here (never again by a reader); null when neither is set.</summary>
    private static List<string>? InstitutionsOf(TableEntity row)
    {
        if (row.GetString(InstitutionsColumn) is { } json)
        {
            try
            {
                return JsonSerializer.Deserialize<List<string>>(json) ?? [];
            }
            catch (JsonException)
            {
                // A hand-edited or truncated column: the legacy string, if any, is the next best answer.
            }
        }

        return row.GetString(LegacyInstitutionsColumn) is { } joined ? [.. joined.Split('、', StringSplitOptions.RemoveEmptyEntries)] : null;
    }
}
