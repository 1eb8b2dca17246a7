using Pilot1X.Cli.Commands;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Cli.Tests.Dashboard;

/// <summary>
/// A real Azurite seeded through the real pipeline (intake, then the analysis drain) with one complete institution,
/// one incomplete one holding a Word file named like an image tag, one holding a Word file named like a script, and one
/// that sent only an empty (unreadable) file — received, yet nothing of it counts;
/// then <c>pilot1x serve</c> started in-process on a free port. Shared by the serve and browser tests.
/// </summary>
public sealed class DashboardSite : IAsyncLifetime
{
    public const string Complete = "武汉职业技术学院";
    public const string ImageTagged = "武汉船舶职业技术学院";
    public const string Scripted = "武汉铁路职业技术学院";
    public const string BrokenOnly = "荆州职业技术学院";
    public const string ScriptFile = "<script>alert(1)</script>.docx";
    public const string ImageFile = "<img src=x onerror=\"window.__xss=1\">.docx";
    private const string Stem = "1+X证书制度试点工作";

    private readonly AzuriteFixture _azurite = new();
    private RunningDashboard? _dashboard;

    public string ConnectionString => _azurite.ConnectionString;

    public Uri Url => _dashboard?.Url ?? throw new InvalidOperationException("The dashboard has not started.");

    /// <summary>What <c>pilot1x serve</c> printed when it started.</summary>
    public string StartOutput { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        await SeedAsync();
        using var stdout = new StringWriter();
        _dashboard = await new ServeCommand(TimeProvider.System, CommandSettings.Environment()).StartAsync(["--port", "0", "--storage", ConnectionString], stdout, TextWriter.Null, CancellationToken.None);
        StartOutput = stdout.ToString();
    }

    public async Task DisposeAsync()
    {
        if (_dashboard is not null)
        {
            await _dashboard.DisposeAsync();
        }

        await _azurite.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        await using var pipeline = await LocalPipeline.OpenAsync(ConnectionString, CommandSettings.FromEnvironment(), TextWriter.Null, TimeProvider.System, CancellationToken.None);
        var intake = pipeline.Get<UploadIntake>();
        var at = new DateTimeOffset(2020, 12, 20, 10, 0, 0, TimeSpan.FromHours(8));
        var scan = ScanSampleBuilder.Pdf([new ScanPageOptions { Seal = true, Dpi = 100 }]);
        async Task UploadAsync(string institution, string name, byte[] content, DateTimeOffset when) =>
            await intake.UploadAsync(institution, name, new MemoryStream(content), when, CancellationToken.None);

        await UploadAsync(Complete, $"{Complete}{Stem}总结报告.docx", WordSamples.SummaryReport(Complete), at);
        await UploadAsync(Complete, $"{Complete}{Stem}总结报告（盖章扫描版）.pdf", scan, at);
        await UploadAsync(Complete, $"{Complete}对培训评价组织{Stem}评价报告.docx", WordSamples.EvaluationReport(Complete), at.AddDays(1));
        await UploadAsync(Complete, $"{Complete}对培训评价组织{Stem}评价报告（盖章扫描版）.pdf", scan, at.AddDays(1));
        await UploadAsync(ImageTagged, ImageFile, WordSamples.SummaryReport(ImageTagged), at.AddDays(3));
        await UploadAsync(BrokenOnly, $"{BrokenOnly}{Stem}总结报告.docx", [], at.AddDays(6));
        await UploadAsync(Scripted, ScriptFile, WordSamples.EvaluationReport(Scripted, omitSection: 2), at.AddDays(5));
        await pipeline.Get<AnalysisQueueDrainer>().DrainAsync(CancellationToken.None);
    }
}
