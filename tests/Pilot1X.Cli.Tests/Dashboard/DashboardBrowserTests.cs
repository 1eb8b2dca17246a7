using System.Text.Json;
using Microsoft.Playwright;

namespace Pilot1X.Cli.Tests.Dashboard;

/// <summary>
/// The dashboard in a real headless Chromium (Debian's, driven by Playwright; no browser is ever downloaded): it loads
/// without console errors or CSP violations, shows what <c>pilot1x status</c> shows, filters, opens details, and shows
/// hostile file names as text without running them.
/// </summary>
[Collection(DashboardGroup.Name)]
public sealed class DashboardBrowserTests(DashboardSite site) : IAsyncLifetime
{
    private readonly List<string> _consoleErrors = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;

    private IPage Page => _page ?? throw new InvalidOperationException("No page.");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 }, Locale = "zh-CN" });
        _page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _consoleErrors.Add(message.Type + ": " + message.Text);
            }
        };
        _page.PageError += (_, error) => _consoleErrors.Add("pageerror: " + error);
        // Runs through the DevTools protocol, outside the page's CSP: records every violation the page would cause.
        await _page.AddInitScriptAsync("window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");
        var response = await _page.GotoAsync(site.Url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(200, response!.Status);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    [Fact]
    public async Task The_page_loads_in_chinese_with_no_console_errors_and_no_csp_violations()
    {
        Assert.Equal("zh-CN", await Page.GetAttributeAsync("html", "lang"));
        Assert.StartsWith("1+X证书制度试点材料报送情况", await Page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("25", await Page.TextContentAsync("#shown-count"));
        Assert.Equal(0, await Page.EvaluateAsync<int>("() => window.__violations.length"));
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task Headline_counts_equal_what_pilot1x_status_says_for_the_same_data()
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync("status", "--json", "--storage", site.ConnectionString);
        Assert.True(exit == 0, stderr);
        var institutions = JsonDocument.Parse(stdout).RootElement.GetProperty("institutions").EnumerateArray().ToList();
        var complete = institutions.Count(i => i.GetProperty("complete").GetBoolean());
        var incomplete = institutions.Count(i => !i.GetProperty("complete").GetBoolean() && i.GetProperty("version").GetInt64() > 0);

        Assert.Equal(institutions.Count, await Figure("total"));
        Assert.Equal(complete, await Figure("complete"));
        Assert.Equal(incomplete, await Figure("incomplete"));
        Assert.Equal(institutions.Count - complete - incomplete, await Figure("none"));
        Assert.Equal((1, 3), (complete, incomplete));
    }

    [Fact]
    public async Task Filtering_by_status_complete_leaves_exactly_the_complete_institutions_and_updates_the_counter()
    {
        await Page.SelectOptionAsync("[data-testid=filter-status]", "complete");

        var visible = Page.Locator("tr[data-testid=row]:visible button[data-testid=institution]");
        Assert.Equal([DashboardSite.Complete], await visible.AllInnerTextsAsync());
        Assert.Equal("显示 1 / 25 个单位", await Page.InnerTextAsync("[data-testid=visible-count]"));

        await Page.SelectOptionAsync("[data-testid=filter-status]", "incomplete");
        await Page.SelectOptionAsync("[data-testid=filter-level]", "higher");
        Assert.Equal(new[] { DashboardSite.ImageTagged, DashboardSite.Scripted, DashboardSite.BrokenOnly }.Order(StringComparer.Ordinal), (await visible.AllInnerTextsAsync()).Order(StringComparer.Ordinal));
        Assert.Equal("显示 3 / 25 个单位", await Page.InnerTextAsync("[data-testid=visible-count]"));

        await Page.SelectOptionAsync("[data-testid=filter-status]", string.Empty);
        await Page.SelectOptionAsync("[data-testid=filter-level]", string.Empty);
        await Page.SelectOptionAsync("[data-testid=filter-sampled]", "no");
        Assert.Equal("显示 0 / 25 个单位", await Page.InnerTextAsync("[data-testid=visible-count]"));
    }

    [Fact]
    public async Task Clicking_an_institution_shows_its_files_and_findings()
    {
        Assert.Equal(0, await Page.Locator("[data-testid=detail]:visible").CountAsync());

        await Page.GetByRole(AriaRole.Button, new() { Name = DashboardSite.Complete, Exact = true }).ClickAsync();

        var detail = Page.Locator("[data-testid=detail]:visible");
        Assert.Equal(1, await detail.CountAsync());
        Assert.Equal(DashboardSite.Complete, await detail.Locator("h2").InnerTextAsync());
        var files = await detail.Locator("[data-testid=file] td.file").AllInnerTextsAsync();
        Assert.Equal(4, files.Count);
        Assert.Contains(files, f => f.EndsWith("总结报告（盖章扫描版）.pdf", StringComparison.Ordinal));
        Assert.Contains("检测到红色公章", await detail.InnerTextAsync(), StringComparison.Ordinal);

        await Page.GetByRole(AriaRole.Button, new() { Name = DashboardSite.Scripted, Exact = true }).ClickAsync();

        Assert.Equal(DashboardSite.Scripted, await detail.Locator("h2").InnerTextAsync());
        Assert.Contains("SECTION_MISSING", await detail.Locator("[data-testid=finding] code").AllInnerTextsAsync());
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task A_file_named_like_a_script_or_an_image_tag_shows_as_text_and_runs_nothing()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = DashboardSite.Scripted, Exact = true }).ClickAsync();
        var files = await Page.Locator("[data-testid=detail]:visible [data-testid=file] td.file .leaf").AllInnerTextsAsync();
        Assert.Equal([Pilot1X.Core.Intake.DisplayName.ForPeople(DashboardSite.Scripted + "/" + DashboardSite.ScriptFile)], files);

        await Page.GetByRole(AriaRole.Button, new() { Name = DashboardSite.ImageTagged, Exact = true }).ClickAsync();
        files = await Page.Locator("[data-testid=detail]:visible [data-testid=file] td.file .leaf").AllInnerTextsAsync();
        Assert.Equal([DashboardSite.ImageFile], files);

        Assert.Equal("undefined", await Page.EvaluateAsync<string>("() => typeof window.__xss"));
        Assert.Equal(0, await Page.Locator("img").CountAsync());
        Assert.Equal(1, await Page.Locator("script").CountAsync());
        Assert.Equal(0, await Page.EvaluateAsync<int>("() => window.__violations.length"));
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task The_chart_draws_a_bar_per_day_and_the_deadline_and_a_full_page_screenshot_is_kept()
    {
        Assert.Equal(1, await Page.Locator("[data-testid=deadline-line]").CountAsync());
        var bars = await Page.Locator("[data-testid=chart-bar]").EvaluateAllAsync<string[]>("bars => bars.map(b => b.dataset.date + '=' + b.dataset.count)");
        Assert.Equal(["2020-12-20=2", "2020-12-21=2", "2020-12-22=0", "2020-12-23=1", "2020-12-24=0", "2020-12-25=1"], bars.Where(b => string.CompareOrdinal(b, "2020-12-20") >= 0 && string.CompareOrdinal(b, "2020-12-26") < 0));
        Assert.Equal("2020-12-28=0", bars[^1]);
        Assert.True(await Page.Locator("[data-testid=chart]").IsVisibleAsync());

        await Page.GetByRole(AriaRole.Button, new() { Name = DashboardSite.Scripted, Exact = true }).ClickAsync();
        var path = Path.Combine(AzuriteFixture.RepositoryRoot, "out", "test-results", "dashboard.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        Assert.True(new FileInfo(path).Length > 10_000);
    }

    private async Task<int> Figure(string id) =>
        int.Parse(await Page.InnerTextAsync($"[data-testid=count-{id}]"), System.Globalization.CultureInfo.InvariantCulture);
}
