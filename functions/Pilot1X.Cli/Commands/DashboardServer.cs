using System.Net;
using System.Text;
using Azure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pilot1X.Core.Reporting.Dashboard;

namespace Pilot1X.Cli.Commands;

/// <summary>
/// The dashboard on Kestrel, bound to 127.0.0.1 only: <c>GET /</c> (and <c>HEAD /</c>) renders the page from a fresh
/// read per request; any other path is 404, any other method 405. Read-only by construction: there is nothing to post to.
/// A request whose Host is not localhost, 127.0.0.1 or [::1] is refused with 400: a web page on another site could
/// otherwise point its own domain name at 127.0.0.1 (DNS rebinding) and read the dashboard in the office's browser.
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private static readonly HashSet<string> LoopbackNames = new(StringComparer.OrdinalIgnoreCase) { "localhost", "127.0.0.1", "[::1]" };

    private DashboardServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>Where it listens, with the bound port (also when started on port 0).</summary>
    public Uri Url { get; }

    /// <summary>Cancelled when the host stops on its own, e.g. on SIGTERM, which the host handles instead of the process.</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    public static async Task<DashboardServer> StartAsync(Func<CancellationToken, Task<DashboardData>> read, int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.WebHost.UseKestrel(o =>
        {
            o.AddServerHeader = false;
            o.Listen(IPAddress.Loopback, port);
        });
        var app = builder.Build();
        app.Run(context => HandleAsync(context, read));
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new UsageException($"无法在 127.0.0.1:{port} 上监听（端口可能已被占用），请用 --port 换一个端口：{ex.Message}", ex);
        }

        // Kestrel reports the port it actually bound, also for port 0.
        return new DashboardServer(app, new Uri(app.Urls.First() + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task HandleAsync(HttpContext context, Func<CancellationToken, Task<DashboardData>> read)
    {
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        if (!LoopbackNames.Contains(context.Request.Host.Host))
        {
            await PlainAsync(response, StatusCodes.Status400BadRequest, "请求的主机名不是本机：看板只能用 http://127.0.0.1 或 http://localhost 打开。", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (!string.Equals(context.Request.Path.Value, "/", StringComparison.Ordinal))
        {
            await PlainAsync(response, StatusCodes.Status404NotFound, "未找到：看板只有首页 /。", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var head = HttpMethods.IsHead(context.Request.Method);
        if (!head && !HttpMethods.IsGet(context.Request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await PlainAsync(response, StatusCodes.Status405MethodNotAllowed, "看板是只读的，只接受 GET 和 HEAD 请求。", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        DashboardData data;
        try
        {
            data = await read(context.RequestAborted).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            await PlainAsync(response, StatusCodes.Status503ServiceUnavailable, $"暂时读不到存储中的状态，请稍后刷新：{ex.Message}", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var nonce = DashboardPage.NewNonce();
        var body = Encoding.UTF8.GetBytes(DashboardPage.Render(data, nonce));
        foreach (var (name, value) in DashboardPage.ResponseHeaders(nonce))
        {
            response.Headers[name] = value;
        }

        response.ContentLength = body.Length;
        if (!head)
        {
            await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task PlainAsync(HttpResponse response, int status, string message, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(message + "\n", cancellationToken).ConfigureAwait(false);
    }
}
