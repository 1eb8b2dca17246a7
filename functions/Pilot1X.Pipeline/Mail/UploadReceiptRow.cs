using Azure.Data.Tables;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Mail;

/// <summary>
/// One batch of link uploads in the <c>UploadReceipts</c> table: which submissions it covers, and whether its receipt was
/// queued (<c>Sent</c>), is being queued (<c>Issuing</c>, finished by the next pass) or could not be sent (<c>NoContact</c>, <c>Failed</c>,
/// with the reason the office reads). <see cref="SentAt"/> is when the receipt was queued, so the office's 最近回执 counts it.
/// </summary>
public sealed record UploadReceiptRow(string Institution, string BatchKey, IReadOnlyList<string> Submissions, string State)
{
    public const string Issuing = "Issuing";
    public const string Sent = "Sent";
    public const string NoContact = "NoContact";
    public const string Failed = "Failed";

    public IReadOnlyList<string> Files { get; init; } = [];

    public DateTimeOffset? FirstReceivedAt { get; init; }

    public DateTimeOffset? LastReceivedAt { get; init; }

    public string? Reason { get; init; }

    public string? MessageId { get; init; }

    public string? Recipients { get; init; }

    /// <summary>
    /// When the batch's receipt was queued: the issuer's "now" (so a run with <c>--as-of</c> shows its simulated day). A Sent
    /// row written before this column reads its Table Timestamp instead: a Sent row is not written again after its receipt is
    /// queued, so its last write is that moment.
    /// </summary>
    public DateTimeOffset? SentAt { get; init; }

    public TableEntity ToEntity() => SubmissionRows.Compact(new TableEntity(TableKey.Encode(Institution), BatchKey)
    {
        ["Institution"] = Institution,
        ["Submissions"] = string.Join(',', Submissions),
        ["State"] = State,
        ["Files"] = TableLimits.Shorten(string.Join('\n', Files)),
        ["FirstReceivedAt"] = FirstReceivedAt,
        ["LastReceivedAt"] = LastReceivedAt,
        ["Reason"] = Reason,
        ["MessageId"] = MessageId,
        ["Recipients"] = Recipients,
        ["SentAt"] = SentAt,
    });

    public static UploadReceiptRow From(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var state = row.GetString("State") ?? string.Empty;
        return new UploadReceiptRow(row.GetString("Institution") ?? string.Empty, row.RowKey,
            (row.GetString("Submissions") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries), state)
        {
            Files = (row.GetString("Files") ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries),
            FirstReceivedAt = row.GetDateTimeOffset("FirstReceivedAt"),
            LastReceivedAt = row.GetDateTimeOffset("LastReceivedAt"),
            Reason = row.GetString("Reason"),
            MessageId = row.GetString("MessageId"),
            Recipients = row.GetString("Recipients"),
            SentAt = row.GetDateTimeOffset("SentAt") ?? (state == Sent ? row.Timestamp : null),
        };
    }
}
