using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using MailKit;
using MailKit.Net.Imap;
using Microsoft.Extensions.Logging;
using Pilot1X.Pipeline.Mail;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Mail.Inbox;

/// <summary>
/// One fetched message: streamed to a spool file (never held in memory), kept in the inbox container, claimed by its
/// Message-ID (or content hash), then handed to the same upload intake schools' uploads go through.
/// </summary>
public sealed class InboxKeeper(MailStore store, UploadIntake intake, ILogger<InboxKeeper> logger)
{
    public async Task<KeepOutcome> KeepAsync(IMailFolder folder, string mailbox, UniqueId uid, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var spool = Path.Combine(Path.GetTempPath(), "pilot1x-mail-" + Guid.NewGuid().ToString("N") + ".eml");
        try
        {
            var hash = await SpoolAsync((ImapFolder)folder, uid, spool, cancellationToken).ConfigureAwait(false);
            if (hash is null)
            {
                return KeepOutcome.Vanished;
            }

            var mailboxTag = Tag(mailbox);
            return await KeepSpooledAsync(spool, hash, string.Create(CultureInfo.InvariantCulture, $"{mailboxTag}/{uid.Validity}/{uid.Id}"), receivedAt, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(spool);
        }
    }

    /// <summary>A message saved as a file (a folder of .eml files, the local mailbox): kept and handed off like a polled one.</summary>
    public async Task<KeepOutcome> KeepFileAsync(string path, string mailbox, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        await store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        string hash;
        await using (var file = File.OpenRead(path))
        {
            hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken).ConfigureAwait(false));
        }

        return await KeepSpooledAsync(path, hash, Tag(mailbox) + "/files/" + hash[..24], receivedAt, cancellationToken).ConfigureAwait(false);
    }

    private async Task<KeepOutcome> KeepSpooledAsync(string spool, string hash, string stem, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var blobName = stem + ".eml";
        await store.Inbox.GetBlobClient(blobName).UploadAsync(spool, overwrite: true, cancellationToken).ConfigureAwait(false);
        var key = "sha:" + hash;
        try
        {
            var headers = MessageHeaders.Read(spool);
            key = headers.MessageId is { Length: > 0 } id ? "mid:" + id : key;
            var (claim, earlier) = await ClaimAsync(key, blobName, cancellationToken).ConfigureAwait(false);
            if (claim == KeepOutcome.Duplicate)
            {
                // Keyed by this copy's blob (mailbox, UIDVALIDITY, UID): a re-poll rewrites the same row.
                var duplicate = DuplicateMail.RowOf(blobName, headers, earlier!, receivedAt).ToEntity();
                TableLimits.Validate(duplicate, store.Messages.Name);
                await store.Messages.UpsertEntityAsync(duplicate, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }

            if (claim != KeepOutcome.HandedOff)
            {
                logger.LogInformation("Message {Blob} ({Key}) was already taken in ({Outcome}); not handed off again", blobName, key, claim);
                return claim;
            }

            IntakeResult result;
            await using (var content = File.OpenRead(spool))
            {
                result = await intake.UploadAsync(store.Options.UploadFolder, stem.Replace('/', '-') + ".eml", content, receivedAt, cancellationToken).ConfigureAwait(false);
            }

            var row = new MailMessageRow(MailMessageRow.RowKeyOf(key), blobName, result.SubmissionId, headers.MessageId, headers.References,
                headers.From, headers.Subject, headers.IgnoreReason, receivedAt) { FromHeader = headers.FromHeader }.ToEntity();
            TableLimits.Validate(row, store.Messages.Name);
            await store.Messages.UpsertEntityAsync(row, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return KeepOutcome.HandedOff;
        }
        catch (Exception ex) when (PerMessageFailure.Is(ex))
        {
            // Kept in the inbox blob and visible on its row; the poller moves past it instead of failing on it forever.
            logger.LogWarning(ex, "Message {Blob} ({Key}) could not be taken in; recorded as failed and passed over", blobName, key);
            var failed = new MailMessageRow(MailMessageRow.RowKeyOf(key), blobName, null, null, null, null, string.Empty, null, receivedAt)
            {
                Outcome = MailOutcome.Failed,
                Reason = "收取邮件时出错，邮件已保存但未受理（未分析、未发回执）：" + ex.Message,
            };
            await store.Messages.UpsertEntityAsync(failed.ToEntity(), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return KeepOutcome.Failed;
        }
    }

    private static string Tag(string mailbox) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mailbox)))[..8];

    /// <summary>
    /// HandedOff when this blob owns the key and still has to be handed off (first seen, or the same message again after
    /// an interruption before the hand-off was recorded); Repeated when this very message was handed off already;
    /// Duplicate when another message (another UID, a resync, a second copy) owns it.
    /// </summary>
    private async Task<(KeepOutcome Outcome, MailMessageRow? Earlier)> ClaimAsync(string key, string blobName, CancellationToken cancellationToken)
    {
        var rowKey = MailMessageRow.RowKeyOf(key);
        try
        {
            await store.Messages.AddEntityAsync(MailMessageRow.ClaimEntity(rowKey, blobName), cancellationToken).ConfigureAwait(false);
            return (KeepOutcome.HandedOff, null);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = MailMessageRow.FromEntity((await store.Messages.GetEntityAsync<TableEntity>(MailMessageRow.Partition, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false)).Value);
            if (!string.Equals(existing.InboxBlob, blobName, StringComparison.Ordinal))
            {
                return (KeepOutcome.Duplicate, existing);
            }

            return (existing.SubmissionId is { Length: > 0 } ? KeepOutcome.Repeated : KeepOutcome.HandedOff, null);
        }
    }

    private static async Task<string?> SpoolAsync(ImapFolder folder, UniqueId uid, string path, CancellationToken cancellationToken)
    {
        string? hash = null;
        await folder.GetStreamsAsync([uid], async (_, _, _, stream, token) =>
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using var file = File.Create(path);
            var buffer = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(buffer, token).ConfigureAwait(false)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), token).ConfigureAwait(false);
            }

            hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        }, cancellationToken).ConfigureAwait(false);
        return hash;
    }
}
