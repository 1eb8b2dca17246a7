using Microsoft.Extensions.DependencyInjection;

namespace Pilot1X.Storage.Reminders;

/// <summary>Registers the reminder services next to the pipeline's (they read its status rows).</summary>
public static class ReminderServiceCollectionExtensions
{
    public static IServiceCollection AddPilot1XReminders(this IServiceCollection services)
    {
        services.AddSingleton<SentReminderStore>();
        services.AddSingleton<ReminderDispatcher>();
        return services;
    }
}
