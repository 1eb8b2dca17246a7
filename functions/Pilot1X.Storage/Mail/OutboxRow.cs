using Azure.Data.Tables;
using Pilot1X.Storage.Tables;

namespace Pilot1X.Storage.Mail;

/// <summary>
/// One row of the <c>Outbox</c> table as the office's views read it: which outgoing mail, to whom, and where it stands
/// (the mail project's sender writes <c>State</c>: Queued, Sending, Sent, Deferred or DeadLettered, with <c>LastError</c>).
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

    /// <summary>Refused for good or uncertain: never sent again automatically.</summary>
    public bool DeadLettered => State == "DeadLettered";

    /// <summary>A temporary failure; a retry is queued.</summary>
    public bool Deferred => State == "Deferred";

    /// <summary>The row key of an outgoing Message-ID.</summary>
    public static string RowKeyOf(string messageId) => TableKey.Encode(messageId);

    public static OutboxRow FromEntity(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new OutboxRow(row.GetString("MessageId") ?? row.RowKey, row.GetString("To") ?? string.Empty, row.GetString("Subject") ?? string.Empty,
            row.GetString("State") ?? "Queued", row.GetString("LastError"), row.GetDateTimeOffset("DeadLetteredAt"));
    }
}
