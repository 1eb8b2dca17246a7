using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Pilot1X.LocalStorage;

namespace Pilot1X.LocalStorage.Tests;

public sealed class AzuriteProcessTests
{
    [Fact]
    public async Task An_azurite_whose_port_is_taken_is_reported_as_exited_at_once_with_its_reason()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var free = AzuriteProcess.FreePorts();
        var ports = free with { Table = ((IPEndPoint)taken.LocalEndpoint).Port };
        var location = Path.Combine(Path.GetTempPath(), "pilot1x-azurite-taken-" + Guid.NewGuid().ToString("N"));
        var clock = Stopwatch.StartNew();
        try
        {
            var error = await Assert.ThrowsAsync<AzuriteExitedException>(() => AzuriteProcess.StartAsync(AzuriteProcess.FindRepositoryRoot(AppContext.BaseDirectory)!, location, ports, CancellationToken.None));

            Assert.Contains(ports.Table.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
            Assert.Contains("EADDRINUSE", error.Message, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        }
        finally
        {
            if (Directory.Exists(location))
            {
                Directory.Delete(location, recursive: true);
            }
        }
    }
}
