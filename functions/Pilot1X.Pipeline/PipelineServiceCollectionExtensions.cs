using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Azure.Storage.Blobs;
using Pilot1X.Pipeline.Blobs;
using Pilot1X.Pipeline.Options;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Uploads;

namespace Pilot1X.Pipeline;

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
        services.AddOptions<RosterOptions>().Bind(configuration.GetSection(RosterOptions.SectionName))
            .Validate(o => string.IsNullOrWhiteSpace(o.RosterPath) || File.Exists(o.RosterPath), "Pilot1X:RosterPath 指向的名单文件不存在。")
            .Validate(o => string.IsNullOrWhiteSpace(o.RosterBlob) || o.RosterBlob.Trim('/').Contains('/', StringComparison.Ordinal), "Pilot1X__RosterBlob 应写成“容器/文件名”，例如 materials/名单/试点院校名单.xlsx。")
            .ValidateOnStart();
        services.AddOptions<ScanPageOptions>().Bind(configuration.GetSection(ScanPageOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OfficeOptions>().Configure(o => Copy(OfficeSettings.Read(configuration, out _), o)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OfficeOptions>>(new OfficeOptionsValidation(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DeadlineClock>();
        services.AddSingleton(provider => RosterSource.Load(provider.GetRequiredService<IOptions<RosterOptions>>().Value, provider.GetRequiredService<BlobServiceClient>()));
        services.AddSingleton(provider => provider.GetRequiredService<RosterSelection>().Roster);
        services.AddSingleton<PipelineStore>();
        services.AddSingleton<LongTextStore>();
        services.AddSingleton<MaterialFiler>();
        services.AddSingleton<InstitutionStatusStore>();
        services.AddSingleton<ScanPageStore>();
        services.AddSingleton<UploadIntake>();
        services.AddSingleton<UploadSweep>();
        services.AddSingleton<UploadSpool>();
        services.AddSingleton<SubmissionExaminer>();
        services.AddSingleton<AnalysisRowsWriter>();
        services.AddSingleton<QuestionnaireKeeper>();
        services.AddSingleton<SubmissionAnalyzer>();
        services.AddSingleton<PoisonRecorder>();
        services.AddSingleton<SubmissionReader>();
        services.AddSingleton<UploadLinkService>();
        services.AddSingleton<AnalysisQueueDrainer>();
        services.AddSingleton<Mail.MailLedgerReader>();
        services.AddSingleton<Reporting.OfficeAnomaliesReader>();
        services.AddSingleton<Reporting.OfficeSnapshotReader>();
        return services;
    }

    private static void Copy(OfficeOptions from, OfficeOptions to)
    {
        to.Deadline = from.Deadline;
        to.OfficeAddress = from.OfficeAddress;
        to.OfficeContactName = from.OfficeContactName;
        to.From = from.From;
    }
}
