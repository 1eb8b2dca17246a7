using System.Net;

namespace Pilot1X.Cli.Tests.Dashboard;

/// <summary><c>pilot1x serve</c> over plain HTTP: the page, its headers, and nothing else.</summary>
[Collection(DashboardGroup.Name)]
public sealed class ServeCommandTests(DashboardSite site)
{
    private static readonly HttpClient Http = new();

    [Fact]
    public void Serve_listens_on_loopback_only_and_prints_its_address_in_chinese()
    {
        Assert.Equal("127.0.0.1", site.Url.Host);
        Assert.NotEqual(0, site.Url.Port);
        Assert.Contains("职成教处看板已启动：" + site.Url, site.StartOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_comes_with_a_fresh_nonce_policy_and_no_caching_sniffing_framing_or_referrer()
    {
        using var first = await Http.GetAsync(site.Url);
        using var second = await Http.GetAsync(site.Url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/html; charset=utf-8", first.Content.Headers.ContentType!.ToString());
        var policy = Assert.Single(first.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'none'; style-src 'nonce-", policy, StringComparison.Ordinal);
        Assert.NotEqual(policy, Assert.Single(second.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(first.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(first.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("no-store", first.Headers.CacheControl!.ToString());
        Assert.Equal("DENY", Assert.Single(first.Headers.GetValues("X-Frame-Options")));
        var nonce = policy.Split("'nonce-")[1].Split('\'')[0];
        Assert.Contains("<script nonce=\"" + nonce + "\">", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_answers_like_get_without_a_body()
    {
        using var response = await Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, site.Url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 1000);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/favicon.ico")]
    [InlineData("/index.html")]
    [InlineData("/api/dashboard")]
    public async Task Any_other_path_is_not_found(string path)
    {
        using var response = await Http.GetAsync(new Uri(site.Url, path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("看板只有首页", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Any_method_that_could_change_something_is_refused(string method)
    {
        using var response = await Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), site.Url) { Content = new StringContent("x") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("--port", "abc")]
    [InlineData("--port", "70000")]
    [InlineData("--bind", "0.0.0.0")]
    public async Task Bad_arguments_exit_with_2_and_a_chinese_message(string option, string value)
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("serve", option, value, "--storage", site.ConnectionString);

        Assert.Equal(2, exit);
        Assert.Contains(option, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_stops_listening_when_cancelled_and_says_so()
    {
        var output = new StringWriter();
        var stdout = TextWriter.Synchronized(output);
        using var cancellation = new CancellationTokenSource();
        var serving = new Pilot1X.Cli.Commands.ServeCommand(TimeProvider.System, Pilot1X.Cli.Commands.CommandSettings.Environment()).RunAsync(["--port", "0", "--storage", site.ConnectionString], stdout, TextWriter.Null, cancellation.Token);
        var started = DateTime.UtcNow;
        while (!output.ToString().Contains("已启动", StringComparison.Ordinal) && !serving.IsCompleted && DateTime.UtcNow - started < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }

        var url = new Uri(output.ToString().Split("已启动：")[1].Split('（')[0]);
        using (var response = await Http.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await cancellation.CancelAsync();

        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("看板已停止", output.ToString(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<HttpRequestException>(() => Http.GetAsync(url));
    }
}
