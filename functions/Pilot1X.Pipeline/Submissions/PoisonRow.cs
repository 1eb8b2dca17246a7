using System.Globalization;
using Azure.Data.Tables;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Submissions;

/// <summary>
/// One row of the Poison table (PK the queue, RK time|message id), the only place its columns are named: a message that
/// kept failing, with why, and the message itself for the office to replay.
/// </summary>
public sealed record PoisonRow(string Queue, string MessageId, DateTimeOffset RecordedAt, string Reason, long DequeueCount)
{
    public string? SubmissionId { get; init; }

    public string? Institution { get; init; }

    public string? BlobName { get; init; }

    /// <summary>The queue message as it was received.</summary>
    public string? Message { get; init; }

    /// <summary>What the office is told about it.</summary>
    public PoisonRecord Record => new(MessageId, SubmissionId, Reason, DequeueCount);

    public TableEntity ToEntity() => SubmissionRows.Compact(new TableEntity(Queue,
        TableKey.Encode(RecordedAt.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "|" + MessageId))
    {
        ["MessageId"] = MessageId,
        ["SubmissionId"] = SubmissionId,
        ["Institution"] = Institution,
        ["BlobName"] = BlobName,
        ["Reason"] = TableLimits.Shorten(Reason, 4000),
        ["DequeueCount"] = DequeueCount,
        ["Message"] = Message is null ? null : TableLimits.Shorten(Message, 8000),
        ["RecordedAt"] = RecordedAt,
    });

    public static PoisonRow FromEntity(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new PoisonRow(row.PartitionKey, row.GetString("MessageId") ?? string.Empty, row.GetDateTimeOffset("RecordedAt") ?? DateTimeOffset.MinValue,
            row.GetString("Reason") ?? string.Empty, row.GetInt64("DequeueCount") ?? 0)
        {
            SubmissionId = row.GetString("SubmissionId"),
            Institution = row.GetString("Institution"),
            BlobName = row.GetString("BlobName"),
            Message = row.GetString("Message"),
        };
    }
}
