using Pilot1X.Cli.Commands;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.LocalStorage;
using Pilot1X.Pipeline.Reporting;
using Pilot1X.Samples;

namespace Pilot1X.Cli.Tests;

/// <summary>
/// One test's temporary folder with a real Azurite of its own inside it (<c>azurite/</c>), on free loopback ports: started by
/// <see cref="InitializeAsync"/>, stopped and deleted by <see cref="DisposeAsync"/>. Each test gets fresh storage because
/// <c>pilot1x</c> uses the fixed container and table names, so tests cannot share one Azurite the way the collection-wide
/// <see cref="AzuriteFixture"/> is shared by the projects that name their own containers.
/// </summary>
/// <param name="name">Part of the folder's name (<c>pilot1x-{name}-…</c>), so a folder left behind says which test left it.</param>
internal sealed class AzuriteWorkspace(string name) : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pilot1x-{name}-{Guid.NewGuid():N}");

    /// <summary>What the tests pass as <c>--storage</c>.</summary>
    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite has not started.");

    /// <summary>Where <see cref="WriteRosterAsync"/> writes the roster the tests pass as <c>--roster</c>.</summary>
    public string Roster => Path("名单.csv");

    /// <summary>A path inside <see cref="Root"/>.</summary>
    public string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public async Task InitializeAsync() =>
        _azurite = await AzuriteProcess.StartOnFreePortsAsync(AzuriteFixture.RepositoryRoot, Path("azurite"), CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>Writes <see cref="Roster"/>: the given rows, or the sample roster (13 institutions, one without 联系邮箱), as a UTF-8 CSV with BOM unless told otherwise.</summary>
    public async Task<string> WriteRosterAsync(IEnumerable<string[]>? rows = null, RosterCsvEncoding encoding = RosterCsvEncoding.Utf8Bom)
    {
        await File.WriteAllBytesAsync(Roster, RosterFileBuilder.Csv(rows ?? SampleRoster.Rows, encoding));
        return Roster;
    }

    /// <summary>
    /// What the dashboard shows of this storage, read as <c>pilot1x serve</c> reads it with the given roster file (as
    /// <c>--roster</c> gives it), at <paramref name="asOf"/>; the deadline is the configured one unless given.
    /// </summary>
    public async Task<DashboardData> ReadOfficeAsync(string roster, DateTimeOffset asOf, DateTimeOffset? deadline = null)
    {
        var settings = CommandSettings.Read(CommandSettings.Environment(), ParsedArguments.Parse(["--roster", roster], new HashSet<string> { "--roster" }, new HashSet<string>()));
        await using var pipeline = await LocalPipeline.OpenAsync(ConnectionString, settings, TextWriter.Null, TimeProvider.System, CancellationToken.None);
        return await pipeline.Get<OfficeSnapshotReader>().ReadAsync(asOf, deadline ?? pipeline.Deadline.Deadline, CancellationToken.None);
    }
}
