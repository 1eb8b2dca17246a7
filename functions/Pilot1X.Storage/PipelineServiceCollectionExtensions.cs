using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pilot1X.Core.Roster;
using Pilot1X.Storage.Blobs;
using Pilot1X.Storage.Options;
using Pilot1X.Storage.Pipeline;

namespace Pilot1X.Storage;

/// <summary>
/// Registers the pipeline services (the Functions app and <c>pilot1x run</c> share them). The Azure clients
/// themselves come from <c>AddAzureClients</c> in the host; options are validated when the host starts, so a bad
/// setting fails the deployment rather than the first upload.
/// </summary>
public static class PipelineServiceCollectionExtensions
{
    public static IServiceCollection AddPilot1XPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PipelineStorageOptions>().Bind(configuration.GetSection(PipelineStorageOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AnalysisOptions>().Bind(configuration.GetSection(AnalysisOptions.SectionName))
            .Validate(o => string.IsNullOrWhiteSpace(o.RosterPath) || File.Exists(o.RosterPath), "Pilot1X:Analysis:RosterPath 指向的名单文件不存在。")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => LoadRoster(provider.GetRequiredService<IOptions<AnalysisOptions>>().Value));
        services.AddSingleton<PipelineStore>();
        services.AddSingleton<LongTextStore>();
        services.AddSingleton<MaterialFiler>();
        services.AddSingleton<InstitutionStatusStore>();
        services.AddSingleton<UploadIntake>();
        services.AddSingleton<SubmissionAnalyzer>();
        services.AddSingleton<PoisonRecorder>();
        services.AddSingleton<AnalysisQueueDrainer>();
        return services;
    }

    private static InstitutionRoster LoadRoster(AnalysisOptions options) =>
        string.IsNullOrWhiteSpace(options.RosterPath) ? DefaultRoster.Create() : RosterLoader.Load(options.RosterPath);
}
