using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pilot1X.Storage;
using Pilot1X.Storage.Options;

namespace Pilot1X.Functions;

/// <summary>
/// The app's services apart from the Functions host itself, so tests can build exactly what the app runs:
/// the storage clients from the <c>Pilot1XStorage</c> setting (a connection string, or service URIs with the
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
                // Identity-based connection (Flex Consumption): the same settings the triggers use, credential from DefaultAzureCredential.
                clients.AddBlobServiceClient(ServiceUri(storage, "blobServiceUri"));
                clients.AddQueueServiceClient(ServiceUri(storage, "queueServiceUri"));
                clients.AddTableServiceClient(ServiceUri(storage, "tableServiceUri"));
            }
        });
        services.AddPilot1XPipeline(configuration);
        services.AddOptions<PipelineStorageOptions>()
            .Validate(o => string.Equals(o.UploadsContainer, FunctionNames.UploadsContainer, StringComparison.Ordinal)
                && string.Equals(o.AnalysisQueue, FunctionNames.AnalysisQueue, StringComparison.Ordinal)
                && string.Equals(o.PoisonQueue, FunctionNames.PoisonQueue, StringComparison.Ordinal),
                $"Functions 应用的触发器固定监听容器“{FunctionNames.UploadsContainer}”和队列“{FunctionNames.AnalysisQueue}”/“{FunctionNames.PoisonQueue}”；请不要在 Pilot1X:Storage 中改动这三个名称。");
        return services;
    }

    private static Uri ServiceUri(IConfigurationSection storage, string key) =>
        Uri.TryCreate(storage[key], UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"缺少存储账户设置：请设置 {FunctionNames.Connection}（连接字符串），或 {FunctionNames.Connection}__{key}（使用托管标识时的服务地址）。");
}
