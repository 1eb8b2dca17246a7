using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pilot1X.Core.Roster;
using Pilot1X.Mail;
using Pilot1X.Pipeline;
using Pilot1X.LocalStorage;
using Pilot1X.Pipeline.Options;
using Pilot1X.Pipeline.Submissions;

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

    /// <summary>"Now" (the command's clock) and the deadline in force (setting, or <c>--deadline</c>).</summary>
    public DeadlineClock Deadline => Get<DeadlineClock>();

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>
    /// Opens the pipeline and says on <paramref name="progress"/> which roster it uses: the <c>--roster</c> file given, else
    /// the roster stored in the storage account, else the built-in one. With <paramref name="storeRoster"/> the given file
    /// is first stored where the Functions app reads it, so later commands (and the app) use it too.
    /// </summary>
    public static async Task<LocalPipeline> OpenAsync(string? storage, CommandSettings settings, TextWriter progress, TimeProvider clock, CancellationToken cancellationToken,
        bool storeRoster = false)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        if (settings.RosterPath is { } rosterPath)
        {
            CheckCommand.LoadRoster(rosterPath);
        }

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

        // The Functions app's settings (Pilot1X__Deadline, Pilot1X__OfficeAddress, Smtp__From, …) apply to local runs too;
        // a --roster that is not stored is read from its file for this command only.
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(settings.Configuration)
            .AddInMemoryCollection(settings.RosterPath is null || storeRoster ? [] : new Dictionary<string, string?> { ["Pilot1X:RosterPath"] = Path.GetFullPath(settings.RosterPath) })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
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
        try
        {
            if (storeRoster && settings.RosterPath is { } path)
            {
                var stored = await RosterSource.SaveAsync(path, pipeline.Get<IOptions<RosterOptions>>().Value, pipeline.Get<BlobServiceClient>(), clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"已存入名单 {stored.SourceName}（{stored.Institutions} 个单位），之后的命令和函数应用都使用它，除非另用 --roster 指定。")).ConfigureAwait(false);
            }

            await progress.WriteLineAsync(pipeline.Get<RosterSelection>().Origin.Describe()).ConfigureAwait(false);
            return pipeline;
        }
        catch (Exception ex) when (ex is RosterFormatException or RequestFailedException or OptionsValidationException)
        {
            await pipeline.DisposeAsync().ConfigureAwait(false);
            throw new UsageException(ex.Message, ex);
        }
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
