using Azure;
using Microsoft.Extensions.Logging;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Roster;
using Pilot1X.Mail.Outbox;
using Pilot1X.Pipeline;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Mail.Notices;

/// <summary>
/// Tells an institution when a mail from an address that is not its contact sent files in its name that were held
/// (<see cref="FilingAuthority"/>): one notice per named institution per submission, through the outbox, recorded on the
/// held rows' <c>Notice</c> column (the Message-ID, or <c>none:NO_CONTACT</c> when the roster has no address for it).
/// Runs after each poll; a double trigger finds the notice recorded, or the outbox recognises its Message-ID.
/// </summary>
public sealed class HeldFilingNotifier(PipelineStore pipeline, SubmissionReader submissions, InstitutionRoster roster, HeldFilingNoticeComposer composer, MailOutbox outbox,
    ILogger<HeldFilingNotifier> logger)
{
    public const string NoContact = "none:NO_CONTACT";

    /// <summary>Queues every notice that is due; returns how many were queued.</summary>
    public async Task<int> NotifyPendingAsync(CancellationToken cancellationToken)
    {
        await pipeline.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var pending = await submissions.HeldWithoutNoticeAsync(ChannelKind.Mail, cancellationToken).ConfigureAwait(false);
        var queued = 0;
        foreach (var group in pending.GroupBy(r => (r.Partition, r.File.SubmissionId)))
        {
            try
            {
                queued += await NotifyAsync([.. group], cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
            catch (RequestFailedException ex)
            {
                // One failed notice never stops the others; its rows stay pending and the next run tries again.
                logger.LogWarning(ex, "Notice for held files of submission {SubmissionId} could not be queued", group.Key.SubmissionId);
            }
        }

        return queued;
    }

    private async Task<bool> NotifyAsync(IReadOnlyList<StoredHeldFile> rows, CancellationToken cancellationToken)
    {
        var files = rows.Select(r => r.File).ToList();
        var named = roster.Find(files[0].Held.Named);
        string notice;
        if (named is not { Contacts.Count: > 0 })
        {
            notice = NoContact;
        }
        else
        {
            using var message = composer.Compose(named, files[0].SubmissionId, files);
            await outbox.EnqueueAsync(message, cancellationToken).ConfigureAwait(false);
            notice = message.MessageId ?? composer.MessageIdFor(files[0].SubmissionId, named.Name);
            logger.LogInformation("Notice {MessageId} queued to {Institution} about {Count} held files of submission {SubmissionId}",
                notice, named.Name, files.Count, files[0].SubmissionId);
        }

        foreach (var row in rows)
        {
            await submissions.RecordNoticeAsync(row, notice, cancellationToken).ConfigureAwait(false);
        }

        return notice != NoContact;
    }
}
