using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pilot1X.Core.Reminders;
using Pilot1X.Storage.Options;
using Pilot1X.Storage.Reminders;

namespace Pilot1X.Functions;

/// <summary>
/// Daily at 09:00 CST (<c>Reminders__Schedule</c>, UTC): the reminders due now, each claimed once in the SentReminders
/// table and dropped as an .eml blob in the <c>outbox</c> container (this branch has no SMTP outbox yet).
/// </summary>
public sealed class ReminderFunction(ReminderDispatcher dispatcher, BlobServiceClient blobs, IOptions<AnalysisOptions> analysis,
    IOptions<OfficeOptions> office, TimeProvider clock, ILogger<ReminderFunction> logger)
{
    [Function(FunctionNames.Remind)]
    public async Task RunAsync([TimerTrigger(FunctionNames.ReminderSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var from = string.IsNullOrWhiteSpace(office.Value.OfficeAddress) ? OfficeOptions.FallbackAddress : office.Value.OfficeAddress;
        var outcomes = await dispatcher.RunAsync(new ReminderSchedule(analysis.Value.Deadline), clock.GetUtcNow(), from, new BlobMailPickup(blobs), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Reminders: {Sent} dropped in the outbox, {Skipped} already sent", outcomes.Count(o => o.Sent), outcomes.Count(o => !o.Sent));
    }
}
