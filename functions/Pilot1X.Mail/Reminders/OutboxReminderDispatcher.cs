using Microsoft.Extensions.Logging;
using Pilot1X.Core.Reminders;
using Pilot1X.Mail.Outbox;
using Pilot1X.Pipeline.Reminders;
using Pilot1X.Pipeline.Reporting;

namespace Pilot1X.Mail.Reminders;

/// <summary>
/// Runs a round of reminders through the outbox, never twice and never lost. For each planned reminder not yet recorded
/// in <see cref="SentReminderStore"/>: enqueue first (its Message-ID is deterministic, so the outbox holds at most one
/// copy however often it is enqueued), then record the claim. A crash between the two leaves the mail in the outbox
/// and no claim; the next round enqueues nothing new (same Message-ID) and records the claim. Concurrent rounds
/// enqueue the same key and one of them wins the claim; the sender delivers the single outbox row once.
/// </summary>
public sealed class OutboxReminderDispatcher(OfficeSnapshotReader summaries, SentReminderStore sent, MailOutbox outbox, ILogger<OutboxReminderDispatcher> logger)
{
    /// <summary>Plans the reminders due at the round's moment from the stored status and sends them.</summary>
    public async Task<IReadOnlyList<ReminderResult>> RunAsync(ReminderRound round, CancellationToken cancellationToken) =>
        (await RunRoundAsync(round, cancellationToken).ConfigureAwait(false)).Results;

    /// <summary>As <see cref="RunAsync"/>, and names the institutions the round could not remind (nobody is skipped silently).</summary>
    public async Task<ReminderRoundResult> RunRoundAsync(ReminderRound round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var summary = await summaries.ReadSummaryAsync(round.AsOf, round.Schedule.Deadline, cancellationToken).ConfigureAwait(false);
        var planner = new ReminderPlanner(round.Schedule);
        var unreachable = planner.Schedule.DueAt(round.AsOf) is null ? [] : ReminderPlanner.Unreachable(summary.Rows);
        foreach (var item in unreachable)
        {
            logger.LogWarning("Reminder round at {AsOf}: {Institution} cannot be reminded: {Reason}", round.AsOf, item.Institution.Name, item.Reason);
        }

        var results = await SendAsync(planner.Plan(summary.Rows, round.AsOf), round, cancellationToken).ConfigureAwait(false);
        return new ReminderRoundResult(results, unreachable);
    }

    /// <summary>Queues and records each planned reminder that was not sent before, spacing the new ones by the round's interval.</summary>
    public async Task<IReadOnlyList<ReminderResult>> SendAsync(IReadOnlyList<PlannedReminder> planned, ReminderRound round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(round);
        var results = new List<ReminderResult>();
        var position = 0;
        foreach (var reminder in planned)
        {
            var messageId = ReminderMessages.MessageIdFor(reminder, round.From);
            if (await sent.WasSentAsync(reminder, cancellationToken).ConfigureAwait(false))
            {
                results.Add(new ReminderResult(reminder, false, messageId, TimeSpan.Zero));
                continue;
            }

            var sendAfter = round.Spacing * position;
            if (round.DryRun)
            {
                results.Add(new ReminderResult(reminder, true, messageId, sendAfter));
                position++;
                continue;
            }

            using (var message = ReminderMessages.Compose(reminder, round.From, round.AsOf))
            {
                // False: an earlier, interrupted round already queued (or even sent) this very mail; only its claim is missing.
                if (await outbox.EnqueueAsync(message, sendAfter, cancellationToken).ConfigureAwait(false))
                {
                    position++;
                }
            }

            var claimed = await sent.TryClaimAsync(reminder, round.AsOf, cancellationToken).ConfigureAwait(false);
            results.Add(new ReminderResult(reminder, claimed, messageId, sendAfter));
        }

        logger.LogInformation("Reminder round at {AsOf}: {Queued} queued, {Skipped} already sent", round.AsOf, results.Count(r => r.Queued), results.Count(r => !r.Queued));
        return results;
    }
}
