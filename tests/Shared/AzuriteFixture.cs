using Pilot1X.LocalStorage;

namespace Pilot1X.Testing;

/// <summary>
/// A real Azurite from the repository's node_modules (installed with <c>npm ci</c> if missing), on free loopback ports
/// with a temporary location, stopped and deleted after the tests of the collection. Shared (linked) by every test
/// project that talks to storage.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private readonly string _location = Path.Combine(Path.GetTempPath(), "pilot1x-azurite-" + Guid.NewGuid().ToString("N"));
    private AzuriteProcess? _azurite;

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite has not started.");

    public static string RepositoryRoot => AzuriteProcess.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Repository root (package-lock.json + Pilot1X.Functions.sln) not found above " + AppContext.BaseDirectory);

    public async Task InitializeAsync() =>
        _azurite = await AzuriteProcess.StartOnFreePortsAsync(RepositoryRoot, _location, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        if (Directory.Exists(_location))
        {
            Directory.Delete(_location, recursive: true);
        }
    }
}
