using System.Text;
using Azure.Data.Tables;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Mail;

/// <summary>
/// One row of the mail door's <c>MailMessages</c> table (PK <see cref="Partition"/>, RK the encoded Message-ID or content
/// hash), written and read only through this mapper. Every text copied from the mail is shortened to a safe length here
/// (the whole mail stays in its inbox blob), so a hostile header can never make the row exceed a Table limit.
/// <see cref="Outcome"/> and <see cref="Reason"/> say what became of the mail and why, in Chinese for the office.
/// </summary>
/// <param name="Key">The row key (the encoded <c>mid:</c>Message-ID or <c>sha:</c>content hash).</param>
/// <param name="InboxBlob">Where the raw message is kept in the inbox container.</param>
/// <param name="SubmissionId">The upload-intake submission it became (null until handed off).</param>
/// <param name="MessageId">Its Message-ID, for threading the receipt (null when absent or too long to quote).</param>
/// <param name="References">Its References header, for threading the receipt (the newest ones when long).</param>
/// <param name="From">The address a receipt goes to, lower-cased (null when the mail names nobody to answer).</param>
/// <param name="Subject">The decoded subject, shortened.</param>
/// <param name="IgnoreReason">AUTO_REPLY / BOUNCE / BULK / UNREADABLE when it must never get a receipt.</param>
/// <param name="ReceivedAt">The server's arrival time (INTERNALDATE).</param>
public sealed record MailMessageRow(string Key, string InboxBlob, string? SubmissionId, string? MessageId, string? References,
    string? From, string Subject, string? IgnoreReason, DateTimeOffset ReceivedAt)
{
    public const string Partition = "id";

    /// <summary>Longest References kept: the newest references, whole, within this many characters.</summary>
    public const int MaxReferencesChars = 4000;

    /// <summary>The From header as a person reads it (name and address), shortened; shown when there is nobody to answer.</summary>
    public string? FromHeader { get; init; }

    /// <summary>The receipt's Message-ID, or <c>none:</c> and a reason code when no receipt is sent; null while undecided.</summary>
    public string? Receipt { get; init; }

    public MailOutcome Outcome { get; init; } = MailOutcome.Pending;

    /// <summary>
    /// When the receipt was recorded (queued to the outbox), by the pipeline's clock — a run with <c>--as-of</c> records its
    /// simulated time, which the row's Table <c>Timestamp</c> (the wall clock) never is. Null for mail without a receipt; a
    /// receipt row written before this column reads its Timestamp (its last write recorded the queued receipt).
    /// </summary>
    public DateTimeOffset? ReceiptAt { get; init; }

    /// <summary>For a <see cref="MailOutcome.Duplicate"/>: the row key of the mail taken in first (its submission and receipt are that one's).</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>Why the mail got no receipt or which step failed, in Chinese; null for a pending mail or a sent receipt.</summary>
    public string? Reason { get; init; }

    /// <summary>The row key of a message key (<c>mid:…</c> or <c>sha:…</c>).</summary>
    public static string RowKeyOf(string messageKey) => TableKey.Encode(messageKey);

    /// <summary>
    /// The row key of a second copy of an already taken mail, kept in <paramref name="inboxBlob"/>: one per copy (UID), so a
    /// re-poll of the same copy finds its row instead of adding another.
    /// </summary>
    public static string DuplicateKeyOf(string inboxBlob) => TableKey.Encode("dup:" + inboxBlob);

    public TableEntity ToEntity() => SubmissionRows.Compact(new TableEntity(Partition, Key)
    {
        ["InboxBlob"] = InboxBlob,
        ["SubmissionId"] = SubmissionId,
        ["MessageId"] = MessageId is { Length: <= TableLimits.MaxCopiedTextChars } ? MessageId : null,
        ["References"] = NewestReferences(References),
        ["From"] = TableLimits.Shorten(From, TableLimits.MaxCopiedTextChars),
        ["FromHeader"] = TableLimits.Shorten(FromHeader, TableLimits.MaxCopiedTextChars),
        ["Subject"] = TableLimits.Shorten(Subject, TableLimits.MaxCopiedTextChars),
        ["IgnoreReason"] = IgnoreReason,
        ["ReceivedAt"] = ReceivedAt,
        ["Receipt"] = Receipt,
        ["ReceiptAt"] = ReceiptAt,
        ["Outcome"] = NameOf(Outcome),
        ["Reason"] = TableLimits.Shorten(Reason, TableLimits.MaxCopiedTextChars),
        ["DuplicateOf"] = DuplicateOf,
    });

    /// <summary>
    /// The bare claim on a message key, added before anything else is written: whoever adds it first takes the mail in, and
    /// a later copy finds it (with only <c>InboxBlob</c>) while the first one is still being taken in.
    /// </summary>
    public static TableEntity ClaimEntity(string key, string inboxBlob) => new(Partition, key) { ["InboxBlob"] = inboxBlob };

    /// <summary>
    /// The columns that record what became of a mail, decided at <paramref name="at"/> (the pipeline's clock), for a merge
    /// onto its row; a queued receipt keeps that time as <see cref="ReceiptAt"/>.
    /// </summary>
    public static TableEntity OutcomeEntity(string key, MailOutcome outcome, string? reason, string? receipt, DateTimeOffset at) =>
        SubmissionRows.Compact(new TableEntity(Partition, key)
        {
            ["Outcome"] = NameOf(outcome),
            ["Reason"] = TableLimits.Shorten(reason, TableLimits.MaxCopiedTextChars),
            ["Receipt"] = receipt,
            ["ReceiptAt"] = outcome == MailOutcome.Receipt ? at : null,
        });

    public static MailMessageRow FromEntity(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var outcome = OutcomeOf(row.GetString("Outcome"), row.GetString("Receipt"));
        return new MailMessageRow(row.RowKey, row.GetString("InboxBlob") ?? string.Empty, row.GetString("SubmissionId"), row.GetString("MessageId"),
            row.GetString("References"), row.GetString("From"), row.GetString("Subject") ?? string.Empty, row.GetString("IgnoreReason"),
            row.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue)
        {
            FromHeader = row.GetString("FromHeader"),
            Receipt = row.GetString("Receipt"),
            ReceiptAt = row.GetDateTimeOffset("ReceiptAt") ?? (outcome == MailOutcome.Receipt ? row.Timestamp : null),
            Outcome = outcome,
            Reason = row.GetString("Reason"),
            DuplicateOf = row.GetString("DuplicateOf"),
        };
    }

    /// <summary>The contract name of an outcome: <c>auto_reply</c>, <c>no_sender</c>, … (what the mail ledger prints).</summary>
    public static string NameOf(MailOutcome outcome)
    {
        var name = outcome.ToString();
        var builder = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    // Rows written before outcomes were recorded: a queued receipt says so, anything else is still pending.
    private static MailOutcome OutcomeOf(string? name, string? receipt) =>
        name is not null && Enum.TryParse<MailOutcome>(name.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var outcome)
            ? outcome
            : receipt is { Length: > 0 } && !receipt.StartsWith("none:", StringComparison.Ordinal) ? MailOutcome.Receipt : MailOutcome.Pending;

    private static string? NewestReferences(string? references)
    {
        if (references is null || references.Length <= MaxReferencesChars)
        {
            return references;
        }

        var tail = references[^MaxReferencesChars..];
        var start = tail.IndexOf('<', StringComparison.Ordinal);
        return start < 0 ? null : tail[start..];
    }
}
