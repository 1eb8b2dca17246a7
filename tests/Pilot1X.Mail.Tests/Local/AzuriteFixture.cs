using Pilot1X.Storage.Local;

namespace Pilot1X.Mail.Tests.Local;

/// <summary>A real Azurite from the repository's node_modules on free loopback ports (the pipeline's own launcher).</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private readonly string _location = Path.Combine(Path.GetTempPath(), "pilot1x-mail-azurite-" + Guid.NewGuid().ToString("N"));
    private AzuriteProcess? _azurite;

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite has not started.");

    public async Task InitializeAsync()
    {
        var root = AzuriteProcess.FindRepositoryRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("Repository root (package-lock.json + Pilot1X.Functions.sln) not found above " + AppContext.BaseDirectory);
        _azurite = await AzuriteProcess.StartAsync(root, _location, AzuriteProcess.FreePorts(), CancellationToken.None);
    }

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
