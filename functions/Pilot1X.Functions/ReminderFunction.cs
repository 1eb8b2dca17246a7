using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pilot1X.Core.Reminders;
using Pilot1X.Mail.Reminders;
using Pilot1X.Storage.Options;

namespace Pilot1X.Functions;

/// <summary>
/// Daily at 09:00 CST (<c>Reminders__Schedule</c>, UTC): the reminders due now go into the mail outbox, spaced by
/// <c>Reminders__SendInterval</c>, each (institution, step) once; <c>SendOutbox</c> delivers them over SMTP.
/// </summary>
public sealed class ReminderFunction(OutboxReminderDispatcher dispatcher, DeadlineClock deadline, IOptions<OfficeOptions> office,
    IOptions<ReminderOptions> reminders, ILogger<ReminderFunction> logger)
{
    [Function(FunctionNames.Remind)]
    public async Task RunAsync([TimerTrigger(FunctionNames.ReminderSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var round = new ReminderRound(new ReminderSchedule(deadline.Deadline), deadline.Now, office.Value.Sender, reminders.Value.SendInterval);
        var results = await dispatcher.RunAsync(round, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Reminders: {Queued} queued in the outbox, {Skipped} already sent", results.Count(r => r.Queued), results.Count(r => !r.Queued));
    }
}
