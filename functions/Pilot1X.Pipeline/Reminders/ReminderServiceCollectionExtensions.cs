using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Pilot1X.Pipeline.Reminders;

/// <summary>Registers the record of sent reminders next to the pipeline's services (the mail outbox sends the reminders).</summary>
public static class ReminderServiceCollectionExtensions
{
    public static IServiceCollection AddPilot1XReminders(this IServiceCollection services)
    {
        services.TryAddSingleton<SentReminderStore>();
        return services;
    }
}
