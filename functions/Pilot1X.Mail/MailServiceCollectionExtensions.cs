using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pilot1X.Mail.Inbox;

namespace Pilot1X.Mail;

/// <summary>Registers the mail door on top of the pipeline services (<c>AddPilot1XPipeline</c> must be called too).</summary>
public static class MailServiceCollectionExtensions
{
    public static IServiceCollection AddPilot1XMail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MailStorageOptions>().Bind(configuration.GetSection(MailStorageOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MailStore>();
        services.AddSingleton<CheckpointStore>();
        services.AddSingleton<InboxKeeper>();
        services.AddSingleton<MailboxPoller>();
        return services;
    }
}
