using Azure;

namespace Pilot1X.Mail.Inbox;

/// <summary>How far the mailbox has been taken in: UIDs are only meaningful together with the folder's UIDVALIDITY.</summary>
/// <param name="UidValidity">The folder's UIDVALIDITY when <paramref name="LastUid"/> was taken; 0 before the first poll.</param>
/// <param name="LastUid">The highest UID whose message is in Blob storage and handed to the intake.</param>
/// <param name="ETag">The row version, for optimistic concurrency; null when there is no row yet.</param>
public sealed record MailboxCheckpoint(uint UidValidity, uint LastUid, ETag? ETag);
