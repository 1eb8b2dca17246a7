using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Pilot1X.Cli.Tests.Dashboard;

/// <summary>DNS rebinding: a page on another site that resolves its own name to 127.0.0.1 gets 400, not the dashboard.</summary>
[Collection(DashboardGroup.Name)]
public sealed class DashboardHostFilterTests(DashboardSite site)
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example:{port}")]
    public async Task A_request_for_another_host_name_is_refused_with_400(string host)
    {
        var (status, body) = await RawGetAsync(host.Replace("{port}", site.Url.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal(400, status);
        Assert.Contains("看板只能用 http://127.0.0.1 或 http://localhost 打开", body, StringComparison.Ordinal);
        Assert.DoesNotContain(DashboardSite.Complete, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("localhost:{port}")]
    [InlineData("LOCALHOST")]
    [InlineData("[::1]:{port}")]
    public async Task A_request_for_this_machine_by_its_loopback_names_gets_the_dashboard(string host)
    {
        var (status, body) = await RawGetAsync(host.Replace("{port}", site.Url.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal(200, status);
        Assert.Contains(DashboardSite.Complete, body, StringComparison.Ordinal);
    }

    /// <summary>A hand-written HTTP/1.1 request, because HttpClient derives the Host header from the URL.</summary>
    private async Task<(int Status, string Body)> RawGetAsync(string host)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(site.Url.Host, site.Url.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1], CultureInfo.InvariantCulture);
        return (status, response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
    }
}
