using System.Net;
using System.Net.Sockets;

namespace Pilot1X.Mail.Tests.Local;

/// <summary>A loopback TCP relay to the IMAP server that cuts the connection once the server has sent a given number of bytes: a network drop mid-fetch.</summary>
public sealed class DroppingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public DroppingProxy(int upstreamPort, long dropAfterBytes)
    {
        _listener.Start();
        _accepting = AcceptAsync(upstreamPort, dropAfterBytes);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }

        _listener.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptAsync(int upstreamPort, long dropAfterBytes)
    {
        while (!_stop.IsCancellationRequested)
        {
            using var downstream = await _listener.AcceptTcpClientAsync(_stop.Token);
            using var upstream = new TcpClient();
            await upstream.ConnectAsync(IPAddress.Loopback, upstreamPort, _stop.Token);
            using var cut = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            var up = Relay(downstream.GetStream(), upstream.GetStream(), long.MaxValue, cut);
            var down = Relay(upstream.GetStream(), downstream.GetStream(), dropAfterBytes, cut);
            await Task.WhenAny(up, down);
            await cut.CancelAsync();
            downstream.Client.Close();
            upstream.Client.Close();
        }
    }

    private static async Task Relay(NetworkStream from, NetworkStream to, long limit, CancellationTokenSource cut)
    {
        var buffer = new byte[16384];
        long total = 0;
        try
        {
            int read;
            while (total < limit && (read = await from.ReadAsync(buffer, cut.Token)) > 0)
            {
                total += read;
                await to.WriteAsync(buffer.AsMemory(0, read), cut.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The other direction ended or the drop happened: the relay just stops.
        }
    }
}
