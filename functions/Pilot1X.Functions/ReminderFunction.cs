using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Pilot1X.Mail.Reminders;

namespace Pilot1X.Functions;

/// <summary>
/// Daily at 09:00 CST (<c>Reminders__Schedule</c>, UTC): the reminders due now go into the mail outbox, spaced by
/// <c>Reminders__SendInterval</c>, each (institution, step) once; <c>SendOutbox</c> delivers them over SMTP.
/// </summary>
public sealed class ReminderFunction(ReminderRounds rounds, ILogger<ReminderFunction> logger)
{
    [Function(FunctionNames.Remind)]
    public async Task RunAsync([TimerTrigger(FunctionNames.ReminderSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var outcome = await rounds.RunAsync(rounds.For(asOf: null, spaced: true), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Reminders: {Queued} queued in the outbox, {Skipped} already sent, {Unreachable} without a contact address",
            outcome.Results.Count(r => r.Queued), outcome.Results.Count(r => !r.Queued), outcome.Unreachable.Count);
    }
}
