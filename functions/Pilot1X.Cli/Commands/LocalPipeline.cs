using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pilot1X.Core.Roster;
using Pilot1X.Mail;
using Pilot1X.Storage;
using Pilot1X.Storage.Local;
using Pilot1X.Storage.Pipeline;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// The pipeline services the Functions app runs, wired for this machine: against the given storage, or — with the
/// embedded default <c>UseDevelopmentStorage=true</c> and nothing listening on 127.0.0.1:10000 — against an Azurite
/// started from the repository's lockfile with its data in <c>out/azurite</c>. An Azurite started here is stopped
/// when the command ends; its data stays, so <c>pilot1x status</c> (which starts it again) still sees the result.
/// </summary>
public sealed class LocalPipeline : IAsyncDisposable
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    private readonly ServiceProvider _provider;
    private readonly AzuriteProcess? _azurite;

    private LocalPipeline(ServiceProvider provider, AzuriteProcess? azurite, string? azuriteLocation)
    {
        _provider = provider;
        _azurite = azurite;
        AzuriteLocation = azuriteLocation;
    }

    /// <summary>Where the Azurite this command started keeps its data, or null when it used a running one or Azure.</summary>
    public string? AzuriteLocation { get; }

    public InstitutionRoster Roster => Get<InstitutionRoster>();

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public static async Task<LocalPipeline> OpenAsync(string? storage, string? rosterPath, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var connection = string.IsNullOrWhiteSpace(storage) ? DevelopmentStorage : storage;
        AzuriteProcess? azurite = null;
        string? location = null;
        if (string.Equals(connection.Trim().TrimEnd(';'), DevelopmentStorage, StringComparison.OrdinalIgnoreCase) && !AzuriteProcess.IsListening(AzuritePorts.Default.Blob))
        {
            var root = AzuriteProcess.FindRepositoryRoot(Environment.CurrentDirectory) ?? AzuriteProcess.FindRepositoryRoot(AppContext.BaseDirectory)
                ?? throw new UsageException("本机没有运行 Azurite，也找不到带 package-lock.json 的仓库目录来启动它；请在仓库根目录运行，或用 --storage 指定存储连接字符串。");
            location = Path.Combine(root, "out", "azurite");
            await progress.WriteLineAsync($"正在启动本地存储模拟器 Azurite（数据保存在 {location}）……").ConfigureAwait(false);
            try
            {
                azurite = await AzuriteProcess.StartAsync(root, location, AzuritePorts.Default, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException ex)
            {
                throw new UsageException(ex.Message, ex);
            }
        }

        // The Functions app's settings (Pilot1X__OfficeAddress, Pilot1X__ReportRecipients, Smtp__From, …) apply to local runs
        // too when set in the environment; an explicit --roster wins over them.
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(rosterPath is null ? [] : new Dictionary<string, string?> { ["Pilot1X:RosterPath"] = Path.GetFullPath(rosterPath) })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        try
        {
            services.AddSingleton(new BlobServiceClient(connection));
            services.AddSingleton(new QueueServiceClient(connection));
            services.AddSingleton(new TableServiceClient(connection));
        }
        catch (FormatException ex)
        {
            throw new UsageException($"--storage 的值不是有效的存储连接字符串：{ex.Message}", ex);
        }

        services.AddPilot1XPipeline(configuration);
        services.AddPilot1XMail(configuration);
        var pipeline = new LocalPipeline(services.BuildServiceProvider(), azurite, location);
        _ = pipeline.Roster;
        return pipeline;
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync().ConfigureAwait(false);
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Every roster institution with its stored status (a fresh, empty one when nothing was ever received).</summary>
    public async Task<IReadOnlyList<(Institution Institution, InstitutionStatus? Status)>> StatusesAsync(CancellationToken cancellationToken)
    {
        var stored = (await Get<InstitutionStatusStore>().ListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(s => s.Name, StringComparer.Ordinal);
        return [.. Roster.Institutions.Select(i => (i, stored.GetValueOrDefault(i.Name)))];
    }
}
