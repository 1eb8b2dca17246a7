using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Extensions.Logging;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Mail.Inbox;

/// <summary>
/// Takes new mail from the office mailbox into the upload pipeline. Source of truth is the checkpoint
/// (folder, UIDVALIDITY, last UID), never <c>\Seen</c>: staff read the mailbox too, so the folder is opened read-only
/// and fetched with BODY.PEEK. Each message is in Blob storage and handed to the intake before the checkpoint passes
/// it, so a dropped connection loses nothing, and a repeat (overlapping polls, a resync) is caught by its key. A message
/// that fails on its own (<see cref="KeepOutcome.Failed"/>) is kept and recorded with its reason, and the checkpoint
/// passes it: one poison mail never stops the ones after it.
/// </summary>
public sealed class MailboxPoller(CheckpointStore checkpoints, InboxKeeper keeper, ILogger<MailboxPoller> logger)
{
    /// <summary>What the RFC 2971 ID command announces; NetEase refuses SELECT without it ("Unsafe Login").</summary>
    public static readonly ImapImplementation ClientIdentity = new() { Name = "Pilot1X", Version = "1.0", Vendor = "Hubei 1+X pilot office" };

    public async Task<PollResult> PollAsync(MailboxEndpoint endpoint, CancellationToken cancellationToken, IProtocolLogger? protocolLog = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        using var client = protocolLog is null ? new ImapClient() : new ImapClient(protocolLog);
        client.ServerCertificateValidationCallback = endpoint.CertificateValidation;
        await client.ConnectAsync(endpoint.Host, endpoint.Port, endpoint.Security, cancellationToken).ConfigureAwait(false);
        if (client.Capabilities.HasFlag(ImapCapabilities.Id))
        {
            await client.IdentifyAsync(ClientIdentity, cancellationToken).ConfigureAwait(false);
        }

        await client.AuthenticateAsync(endpoint.User, endpoint.Password, cancellationToken).ConfigureAwait(false);
        var folder = await client.GetFolderAsync(endpoint.Folder, cancellationToken).ConfigureAwait(false);
        await folder.OpenAsync(FolderAccess.ReadOnly, cancellationToken).ConfigureAwait(false);

        var mailbox = endpoint.CheckpointKey;
        var checkpoint = await checkpoints.ReadAsync(mailbox, cancellationToken).ConfigureAwait(false);
        var validity = folder.UidValidity;
        var resync = checkpoint.UidValidity != validity;
        var after = resync ? 0u : checkpoint.LastUid;
        if (resync && checkpoint.UidValidity != 0)
        {
            logger.LogWarning("UIDVALIDITY of {Mailbox} changed from {Old} to {New}: resyncing the whole folder against what was taken", mailbox, checkpoint.UidValidity, validity);
        }

        // "n:*" always matches the newest message even when its UID is below n: filter, never trust the range.
        var range = new UniqueIdRange(new UniqueId(validity, after + 1), UniqueId.MaxValue);
        var summaries = (await folder.FetchAsync(range, MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate, cancellationToken).ConfigureAwait(false))
            .Where(s => s.UniqueId.Id > after)
            .OrderBy(s => s.UniqueId.Id)
            .ToList();

        int handedOff = 0, duplicates = 0, failed = 0;
        foreach (var summary in summaries)
        {
            var outcome = await keeper.KeepAsync(folder, mailbox, summary.UniqueId, summary.InternalDate ?? DateTimeOffset.UtcNow, cancellationToken).ConfigureAwait(false);
            handedOff += outcome == KeepOutcome.HandedOff ? 1 : 0;
            duplicates += outcome == KeepOutcome.Duplicate ? 1 : 0;
            failed += outcome == KeepOutcome.Failed ? 1 : 0;
            await checkpoints.AdvanceAsync(mailbox, validity, summary.UniqueId.Id, cancellationToken).ConfigureAwait(false);
        }

        if (resync && summaries.Count == 0)
        {
            await checkpoints.AdvanceAsync(mailbox, validity, 0, cancellationToken).ConfigureAwait(false);
        }

        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Polled {Mailbox}: {Fetched} new, {HandedOff} handed to intake, {Duplicates} duplicates, {Failed} failed", mailbox, summaries.Count, handedOff, duplicates, failed);
        return new PollResult(summaries.Count, handedOff, duplicates, resync, failed);
    }
}
