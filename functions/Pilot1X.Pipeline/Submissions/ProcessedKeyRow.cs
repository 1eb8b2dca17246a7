using Azure.Data.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// One row of the ProcessedKeys table (PK the stage, RK the key it has handled), the only place its columns are named:
/// its existence makes a stage idempotent; the columns say which blob (and, for the intake, which submission) it was.
/// </summary>
public sealed record ProcessedKeyRow(string Stage, string Key, string BlobName, string? SubmissionId = null)
{
    public TableEntity ToEntity() => SubmissionRows.Compact(new TableEntity(Stage, Key)
    {
        ["SubmissionId"] = SubmissionId,
        ["BlobName"] = BlobName,
    });

    public static ProcessedKeyRow FromEntity(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new ProcessedKeyRow(row.PartitionKey, row.RowKey, row.GetString("BlobName") ?? string.Empty, row.GetString("SubmissionId"));
    }
}
