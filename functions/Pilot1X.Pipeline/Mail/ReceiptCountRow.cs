using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Mail;

/// <summary>
/// One row of the <c>ReceiptCounts</c> table, the one mapper for its columns: how many receipts went to one sender in
/// one clock hour (UTC).
/// </summary>
/// <param name="Partition">The sender's partition key (see <see cref="PartitionOf"/>).</param>
/// <param name="Hour">The clock hour, <c>yyyyMMddHH</c> in UTC (the row key).</param>
/// <param name="Count">Receipts counted so far.</param>
public sealed record ReceiptCountRow(string Partition, string Hour, int Count)
{
    /// <summary>The row version as read (every update is conditional on it).</summary>
    public ETag ETag { get; init; }

    /// <summary>The partition key of a sender: addresses compare case-insensitively and without surrounding blanks.</summary>
    public static string PartitionOf(string sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        return TableKey.Encode(sender.Trim().ToLowerInvariant());
    }

    /// <summary>The row key of the clock hour (UTC) that <paramref name="at"/> falls in.</summary>
    public static string HourOf(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    public TableEntity ToEntity() => new(Partition, Hour) { ["Count"] = Count };

    public static ReceiptCountRow FromEntity(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new ReceiptCountRow(row.PartitionKey, row.RowKey, row.GetInt32("Count") ?? 0) { ETag = row.ETag };
    }
}
