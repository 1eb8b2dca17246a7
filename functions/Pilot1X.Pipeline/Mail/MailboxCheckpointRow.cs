using Azure;
using Azure.Data.Tables;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Mail;

/// <summary>
/// One row of the <c>MailCheckpoints</c> table, the one mapper for its columns: how far a mailbox folder has been taken in
/// (UIDs mean something only together with the folder's UIDVALIDITY).
/// </summary>
/// <param name="Mailbox">The folder's name as configured (the partition key's source).</param>
/// <param name="UidValidity">The folder's UIDVALIDITY when <paramref name="LastUid"/> was taken.</param>
/// <param name="LastUid">The highest UID taken in.</param>
/// <param name="UpdatedAt">When it last moved.</param>
public sealed record MailboxCheckpointRow(string Mailbox, uint UidValidity, uint LastUid, DateTimeOffset? UpdatedAt)
{
    /// <summary>The row key: one checkpoint per folder.</summary>
    public const string Key = "checkpoint";

    /// <summary>The row version as read (every update is conditional on it); null for a row not read from the table.</summary>
    public ETag? ETag { get; init; }

    /// <summary>The partition key of a folder.</summary>
    public static string PartitionOf(string mailbox) => TableKey.Encode(mailbox);

    // Stored as Int64: a UID is an unsigned 32-bit number and the table has no unsigned type.
    public TableEntity ToEntity() => new(PartitionOf(Mailbox), Key)
    {
        ["Mailbox"] = Mailbox,
        ["UidValidity"] = (long)UidValidity,
        ["LastUid"] = (long)LastUid,
        ["UpdatedAt"] = UpdatedAt,
    };

    public static MailboxCheckpointRow FromEntity(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new MailboxCheckpointRow(row.GetString("Mailbox") ?? string.Empty, (uint)(row.GetInt64("UidValidity") ?? 0), (uint)(row.GetInt64("LastUid") ?? 0),
            row.GetDateTimeOffset("UpdatedAt")) { ETag = row.ETag };
    }
}
