using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pilot1X.Mail;
using Pilot1X.Pipeline;
using Pilot1X.Pipeline.Options;
using Pilot1X.Pipeline.Reminders;

namespace Pilot1X.Functions;

/// <summary>
/// The app's services apart from the Functions host itself, so tests can build exactly what the app runs:
/// the storage clients from the <c>Storage</c> setting (a connection string, or service URIs with the
/// managed identity) and the pipeline services, options validated at start.
/// </summary>
public static class FunctionsAppServices
{
    public static IServiceCollection AddPilot1XFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var storage = configuration.GetSection(FunctionNames.Connection);
        services.AddAzureClients(clients =>
        {
            if (!string.IsNullOrWhiteSpace(storage.Value))
            {
                clients.AddBlobServiceClient(storage.Value);
                clients.AddQueueServiceClient(storage.Value);
                clients.AddTableServiceClient(storage.Value);
            }
            else
            {
                // Identity-based connection (Flex Consumption): the same settings the triggers use; Microsoft.Extensions.Azure
                // builds the credential from Storage__credential (managedidentity) and Storage__clientId.
                clients.AddBlobServiceClient(ServiceSection(storage, "blobServiceUri"));
                clients.AddQueueServiceClient(ServiceSection(storage, "queueServiceUri"));
                clients.AddTableServiceClient(ServiceSection(storage, "tableServiceUri"));
            }
        });
        services.AddPilot1XPipeline(configuration);
        services.AddPilot1XReminders();
        services.AddSingleton<UploadLinkEndpoint>();
        services.AddSingleton<DashboardEndpoint>();
        services.AddPilot1XMail(configuration);
        services.AddSingleton<OfficeReportEndpoint>();
        services.AddOptions<PipelineStorageOptions>()
            .Validate(o => string.Equals(o.UploadsContainer, FunctionNames.UploadsContainer, StringComparison.Ordinal)
                && string.Equals(o.AnalysisQueue, FunctionNames.AnalysisQueue, StringComparison.Ordinal)
                && string.Equals(o.PoisonQueue, FunctionNames.PoisonQueue, StringComparison.Ordinal),
                $"Functions 应用的触发器固定监听容器“{FunctionNames.UploadsContainer}”和队列“{FunctionNames.AnalysisQueue}”/“{FunctionNames.PoisonQueue}”；请不要在 Pilot1X:Storage 中改动这三个名称。");
        services.AddOptions<MailStorageOptions>()
            .Validate(o => string.Equals(o.OutboxQueue, FunctionNames.OutboxQueue, StringComparison.Ordinal),
                $"Functions 应用的发件触发器固定监听队列“{FunctionNames.OutboxQueue}”；请不要在 Pilot1X:Mail 中改动 OutboxQueue。");
        return services;
    }

    /// <summary>One service's client settings in the shape Microsoft.Extensions.Azure reads (serviceUri or endpoint, credential, clientId).</summary>
    private static IConfiguration ServiceSection(IConfigurationSection storage, string key) =>
        Uri.TryCreate(storage[key], UriKind.Absolute, out var uri)
            ? new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["serviceUri"] = uri.ToString(),
                ["endpoint"] = uri.ToString(), // TableServiceClient's constructor names it endpoint
                ["credential"] = storage["credential"],
                ["clientId"] = storage["clientId"],
            }).Build()
            : throw new InvalidOperationException($"缺少存储账户设置：请设置 {FunctionNames.Connection}（连接字符串），或 {FunctionNames.Connection}__{key}（使用托管标识时的服务地址）。");
}
