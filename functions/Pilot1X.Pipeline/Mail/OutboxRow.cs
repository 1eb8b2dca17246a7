using Azure;
using Azure.Data.Tables;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Mail;

/// <summary>
/// One row of the <c>Outbox</c> table, the one mapper for its columns: the mail project's outbox writes it (Queued, then
/// Sending, Sent, Deferred or DeadLettered, with <c>LastError</c>) and the office's views read it.
/// </summary>
/// <param name="MessageId">The outgoing mail's Message-ID (the row key's source).</param>
/// <param name="To">Its recipients as stored (shortened).</param>
/// <param name="Subject">Its subject as stored (shortened).</param>
/// <param name="State">Its state's name.</param>
/// <param name="LastError">Why the last attempt failed, or why it was dead-lettered (Chinese or the server's answer).</param>
/// <param name="DeadLetteredAt">When it was given up on.</param>
public sealed record OutboxRow(string MessageId, string To, string Subject, string State, string? LastError, DateTimeOffset? DeadLetteredAt)
{
    public const string Partition = "mail";

    /// <summary>The blob in the outbox container that holds the whole .eml.</summary>
    public string? Blob { get; init; }

    /// <summary>How many times a transfer was started.</summary>
    public int Attempts { get; init; }

    /// <summary>When the server accepted it.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>The row's ETag as read (the sender's claim on a Queued row is conditional on it).</summary>
    public ETag ETag { get; init; }

    /// <summary>Refused for good or uncertain: never sent again automatically.</summary>
    public bool DeadLettered => State == "DeadLettered";

    /// <summary>A temporary failure; a retry is queued.</summary>
    public bool Deferred => State == "Deferred";

    /// <summary>The row key of an outgoing Message-ID.</summary>
    public static string RowKeyOf(string messageId) => TableKey.Encode(messageId);

    /// <summary>A newly queued mail; the copies of its recipients and subject are shortened (the whole mail is in its blob).</summary>
    public static OutboxRow Queued(string messageId, string blob, string to, string? subject) =>
        new(messageId, TableLimits.Shorten(to, TableLimits.MaxCopiedTextChars) ?? string.Empty,
            TableLimits.Shorten(subject, TableLimits.MaxCopiedTextChars) ?? string.Empty, "Queued", null, null) { Blob = blob };

    /// <summary>The whole row (the outbox writes it in Replace mode, so every column it keeps is here).</summary>
    public TableEntity ToEntity() => SubmissionRows.Compact(new TableEntity(Partition, RowKeyOf(MessageId))
    {
        ["MessageId"] = MessageId,
        ["Blob"] = Blob,
        ["To"] = To,
        ["Subject"] = Subject,
        ["State"] = State,
        ["Attempts"] = Attempts,
        ["LastError"] = LastError,
        ["DeadLetteredAt"] = DeadLetteredAt,
        ["SentAt"] = SentAt,
        ETag = ETag,
    });

    public static OutboxRow FromEntity(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new OutboxRow(row.GetString("MessageId") ?? row.RowKey, row.GetString("To") ?? string.Empty, row.GetString("Subject") ?? string.Empty,
            row.GetString("State") ?? "Queued", row.GetString("LastError"), row.GetDateTimeOffset("DeadLetteredAt"))
        {
            Blob = row.GetString("Blob"),
            Attempts = row.GetInt32("Attempts") ?? 0,
            SentAt = row.GetDateTimeOffset("SentAt"),
            ETag = row.ETag,
        };
    }
}
