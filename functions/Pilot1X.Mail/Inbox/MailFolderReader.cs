using Microsoft.Extensions.Logging;

namespace Pilot1X.Mail.Inbox;

/// <summary>
/// The embedded local mailbox: a folder of .eml files (as a mail client exports them), taken in exactly like polled
/// mail. There is no UID to checkpoint, so the content hash and Message-ID make a repeated run take nothing twice.
/// </summary>
public sealed class MailFolderReader(InboxKeeper keeper, ILogger<MailFolderReader> logger)
{
    public async Task<PollResult> ReadAsync(string directory, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"邮件文件夹“{directory}”不存在。请给出存放 .eml 文件的文件夹，或 imaps://账号:授权码@主机:993/INBOX。");
        }

        var files = Directory.EnumerateFiles(directory, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        int handedOff = 0, duplicates = 0, failed = 0;
        foreach (var file in files)
        {
            var outcome = await keeper.KeepFileAsync(file, "folder:" + Path.GetFullPath(directory), receivedAt, cancellationToken).ConfigureAwait(false);
            handedOff += outcome == KeepOutcome.HandedOff ? 1 : 0;
            duplicates += outcome == KeepOutcome.Duplicate ? 1 : 0;
            failed += outcome == KeepOutcome.Failed ? 1 : 0;
        }

        logger.LogInformation("Read {Count} .eml files from {Directory}: {HandedOff} handed to intake, {Duplicates} duplicates, {Failed} failed", files.Count, directory, handedOff, duplicates, failed);
        return new PollResult(files.Count, handedOff, duplicates, Resynced: false, failed);
    }
}
