using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Pipeline.Tests.Local;

/// <summary>The pipeline services wired as the app wires them, against Azurite, with names no other test uses.</summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public PipelineHarness(string connectionString, string? rosterPath = null)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var settings = new Dictionary<string, string?>
        {
            ["Pilot1X:Storage:UploadsContainer"] = "up-" + id,
            ["Pilot1X:Storage:MaterialsContainer"] = "mat-" + id,
            ["Pilot1X:Storage:LongTextContainer"] = "txt-" + id,
            ["Pilot1X:Storage:AnalysisQueue"] = "an-" + id,
            ["Pilot1X:Storage:PoisonQueue"] = "an-" + id + "-poison",
            ["Pilot1X:Storage:TablePrefix"] = "T" + id,
            ["Pilot1X:RosterPath"] = rosterPath,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new BlobServiceClient(connectionString));
        services.AddSingleton(new QueueServiceClient(connectionString));
        services.AddSingleton(new TableServiceClient(connectionString));
        services.AddPilot1XPipeline(configuration);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public PipelineStore Store => Get<PipelineStore>();

    public UploadIntake Intake => Get<UploadIntake>();

    public SubmissionAnalyzer Analyzer => Get<SubmissionAnalyzer>();

    public AnalysisQueueDrainer Drainer => Get<AnalysisQueueDrainer>();

    public InstitutionStatusStore Statuses => Get<InstitutionStatusStore>();

    public PoisonRecorder Poison => Get<PoisonRecorder>();

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public async ValueTask DisposeAsync() => await _provider.DisposeAsync();
}
