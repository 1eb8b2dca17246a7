using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pilot1X.Pipeline;

namespace Pilot1X.Functions.Tests.Local;

/// <summary>
/// The app's own service registration (<see cref="FunctionsAppServices"/>) against Azurite: real clients, real
/// pipeline services; only the Functions host is absent, so the tests call the function methods directly.
/// </summary>
public sealed class FunctionsApp : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private FunctionsApp(ServiceProvider provider) => _provider = provider;

    public PipelineStore Store => _provider.GetRequiredService<PipelineStore>();

    public static async Task<FunctionsApp> StartAsync(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [FunctionNames.Connection] = connectionString,
            ["Pilot1X:Storage:TablePrefix"] = "F" + Guid.NewGuid().ToString("N")[..10],
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPilot1XFunctions(configuration);
        var app = new FunctionsApp(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
        await app.Store.EnsureCreatedAsync(CancellationToken.None);
        await app.Store.AnalysisQueue.ClearMessagesAsync();
        await app.Store.PoisonQueue.ClearMessagesAsync();
        return app;
    }

    public T Create<T>() => ActivatorUtilities.CreateInstance<T>(_provider);

    /// <summary>A function with some of its dependencies given (e.g. a clock), the rest from the app.</summary>
    public T Create<T>(params object[] dependencies) => ActivatorUtilities.CreateInstance<T>(_provider, dependencies);

    /// <summary>The app's own registered instance (a singleton such as the roster or the mail store).</summary>
    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Receives one real message, as the queue trigger would hand it over.</summary>
    public static async Task<QueueMessage> ReceiveAsync(Azure.Storage.Queues.QueueClient queue)
    {
        var messages = (await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(1))).Value;
        return Assert.Single(messages);
    }

    public async ValueTask DisposeAsync() => await _provider.DisposeAsync();
}
