namespace Pilot1X.Core.Email;

/// <summary>What a message's header block alone tells: enough to key, thread and triage it without reading its body.</summary>
/// <param name="Envelope">Sender, subject, date, Message-ID and whether it is an auto-reply or bounce.</param>
/// <param name="References">Its References header, for threading a reply.</param>
/// <param name="FromMailingList">It carries List-Id or List-Unsubscribe: list or bulk mail.</param>
public sealed record EmailHead(EmailEnvelope Envelope, string? References, bool FromMailingList);
