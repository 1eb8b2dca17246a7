using System.Net;
using System.Text.RegularExpressions;
using Pilot1X.Functions.Tests.Local;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Functions.Tests;

/// <summary>The dashboard endpoint with the app's own services against Azurite, on data the real pipeline analysed.</summary>
[Collection(AzuriteGroup.Name)]
public sealed partial class DashboardEndpointTests(AzuriteFixture azurite)
{
    private const string Complete = "武汉职业技术学院";
    private const string Incomplete = "武汉船舶职业技术学院";
    private const string Stem = "1+X证书制度试点工作";
    // A school's file name never holds a "/" (it would be a folder in the upload path), so the markup has no closing tag.
    private const string ScriptFile = "<script>alert(1)<script>.docx";

    [Fact]
    public async Task The_page_shows_the_same_counts_as_the_stored_status_with_its_security_headers()
    {
        await using var app = await SeededAsync();

        var (status, headers, body) = await app.Create<DashboardEndpoint>().RenderAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, status);
        var stored = await app.Create<InstitutionStatusStore>().ListAsync(CancellationToken.None);
        Assert.Equal(stored.Count(s => s.Complete), Figure(body, "complete"));
        Assert.Equal(stored.Count(s => !s.Complete), Figure(body, "incomplete"));
        Assert.Equal(25 - stored.Count, Figure(body, "none"));
        Assert.Equal(25, Figure(body, "total"));
        Assert.Equal(1, Figure(body, "complete"));
        var map = headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
        Assert.Equal("text/html; charset=utf-8", map["Content-Type"]);
        Assert.Equal("nosniff", map["X-Content-Type-Options"]);
        Assert.Equal("no-referrer", map["Referrer-Policy"]);
        Assert.Equal("no-store", map["Cache-Control"]);
        Assert.Equal("DENY", map["X-Frame-Options"]);
        var nonce = NonceInPolicy().Match(map["Content-Security-Policy"]).Groups[1].Value;
        Assert.Contains("<script nonce=\"" + nonce + "\">", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_named_like_a_script_is_shown_as_text_in_the_institutions_detail()
    {
        await using var app = await SeededAsync();

        var (_, _, body) = await app.Create<DashboardEndpoint>().RenderAsync(CancellationToken.None);

        Assert.Equal(1, Regex.Count(body, "<script"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;script&gt;.docx", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_carries_a_new_nonce()
    {
        await using var app = await SeededAsync();
        var endpoint = app.Create<DashboardEndpoint>();

        var first = (await endpoint.RenderAsync(CancellationToken.None)).Headers.Single(h => h.Key == "Content-Security-Policy").Value;
        var second = (await endpoint.RenderAsync(CancellationToken.None)).Headers.Single(h => h.Key == "Content-Security-Policy").Value;

        Assert.NotEqual(first, second);
    }

    private static int Figure(string body, string id) =>
        int.Parse(Regex.Match(body, "data-testid=\"count-" + id + "\">(\\d+)<").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("script-src 'nonce-([^']+)'")]
    private static partial Regex NonceInPolicy();

    private async Task<FunctionsApp> SeededAsync()
    {
        var app = await FunctionsApp.StartAsync(azurite.ConnectionString);
        var intake = app.Create<UploadIntake>();
        var at = new DateTimeOffset(2020, 12, 20, 10, 0, 0, TimeSpan.FromHours(8));
        var sealedScan = ScanSampleBuilder.Pdf([new ScanPageOptions { Seal = true, Dpi = 100 }]);
        await intake.UploadAsync(Complete, $"{Complete}{Stem}总结报告.docx", new MemoryStream(WordSamples.SummaryReport(Complete)), at, CancellationToken.None);
        await intake.UploadAsync(Complete, $"{Complete}{Stem}总结报告（盖章扫描版）.pdf", new MemoryStream(sealedScan), at, CancellationToken.None);
        await intake.UploadAsync(Complete, $"{Complete}对培训评价组织{Stem}评价报告.docx", new MemoryStream(WordSamples.EvaluationReport(Complete)), at, CancellationToken.None);
        await intake.UploadAsync(Complete, $"{Complete}对培训评价组织{Stem}评价报告（盖章扫描版）.pdf", new MemoryStream(sealedScan), at, CancellationToken.None);
        await intake.UploadAsync(Incomplete, ScriptFile, new MemoryStream(WordSamples.SummaryReport(Incomplete)), at.AddDays(2), CancellationToken.None);
        await app.Create<AnalysisQueueDrainer>().DrainAsync(CancellationToken.None);
        return app;
    }
}
