namespace Pilot1X.Mail.Inbox;

/// <summary>What one poll did.</summary>
/// <param name="Fetched">Messages above the checkpoint that were read and kept in Blob storage.</param>
/// <param name="HandedOff">Of those, messages handed to the upload intake (new submissions, or a retry of an interrupted one).</param>
/// <param name="Duplicates">Messages already taken in under another UID (same Message-ID, or same content without one).</param>
/// <param name="Failed">Messages kept but not taken in because a step failed for them alone (recorded on their rows).</param>
/// <param name="Resynced">True when the whole folder was compared against what was taken: the first poll, or the folder's UIDVALIDITY changed.</param>
public sealed record PollResult(int Fetched, int HandedOff, int Duplicates, bool Resynced, int Failed = 0);
