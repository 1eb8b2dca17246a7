using Microsoft.Azure.Functions.Worker;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Functions;

/// <summary>
/// Every 30 minutes (<c>Uploads__SweepSchedule</c>, UTC): uploads whose Event Grid event never reached <see cref="UploadFunction"/>
/// (lost, dead-lettered, host down) are taken in late; uploads younger than <see cref="UploadSweep.SettleTime"/> are left to their events.
/// </summary>
public sealed class UploadSweepFunction(UploadSweep sweep, TimeProvider clock)
{
    [Function(FunctionNames.SweepUploads)]
    public async Task RunAsync([TimerTrigger(FunctionNames.SweepSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await sweep.SweepAsync(clock.GetUtcNow() - UploadSweep.SettleTime, cancellationToken).ConfigureAwait(false);
    }
}
