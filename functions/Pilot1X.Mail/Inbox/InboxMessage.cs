namespace Pilot1X.Mail.Inbox;

/// <summary>A polled message as the receipt stage needs it (one row of <c>MailMessages</c>).</summary>
/// <param name="Key">Message-ID (<c>mid:</c>) or content hash (<c>sha:</c>): the same mail twice has one key.</param>
/// <param name="InboxBlob">Where the raw message is kept in the inbox container.</param>
/// <param name="SubmissionId">The upload-intake submission it became (null until handed off).</param>
/// <param name="MessageId">Its Message-ID, for threading the receipt.</param>
/// <param name="References">Its References header, for threading the receipt.</param>
/// <param name="From">The sender's address, lower-cased.</param>
/// <param name="Subject">The decoded subject.</param>
/// <param name="IgnoreReason">AUTO_REPLY / BOUNCE when it must never get a receipt.</param>
/// <param name="ReceivedAt">The server's arrival time (INTERNALDATE).</param>
public sealed record InboxMessage(string Key, string InboxBlob, string? SubmissionId, string? MessageId, string? References,
    string? From, string Subject, string? IgnoreReason, DateTimeOffset ReceivedAt);
