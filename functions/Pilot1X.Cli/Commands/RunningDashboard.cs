namespace Pilot1X.Cli.Commands;

/// <summary>A started <c>pilot1x serve</c>: disposing it stops listening, then closes storage (and an Azurite it started).</summary>
public sealed class RunningDashboard(DashboardServer server, LocalPipeline pipeline) : IAsyncDisposable
{
    /// <summary>The page's address, with the port actually bound.</summary>
    public Uri Url => server.Url;

    /// <summary>Cancelled when the web host stops by itself (SIGTERM), so the command ends instead of waiting forever.</summary>
    public CancellationToken Stopping => server.Stopping;

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync().ConfigureAwait(false);
        await pipeline.DisposeAsync().ConfigureAwait(false);
    }
}
