using System.Text.Json;
using Pilot1X.Samples;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary>
/// <c>pilot1x status --json</c> after <c>pilot1x run</c> says, institution by institution, what <c>pilot1x check --json</c>
/// says of the same folder (the bundled samples, flawed files included), against a real Azurite on free ports.
/// Two documented differences: <c>check</c> names files by the path given on its command line, the pipeline by their path
/// in the uploads container (<c>收件箱/{folder}/…</c>), so the test checks the folder at a path ending in <c>收件箱/samples</c>
/// and compares paths relative to what precedes it; and a scan sent as loose page images (<c>…-1.jpg</c>, <c>…-2.jpg</c>) is
/// one document to <c>check</c>, which sees the pages together, but one upload — one submission — per page to the pipeline.
/// </summary>
public sealed class StatusMatchesCheckTests : IAsyncLifetime
{
    private const string AsOf = "2020-12-26T09:00:00+08:00";

    /// <summary>The sample institution whose summary scan is two loose page images.</summary>
    private const string LoosePages = "武汉职业技术学院";
    private readonly AzuriteWorkspace _work = new("status-check");

    public Task InitializeAsync() => _work.InitializeAsync();

    public Task DisposeAsync() => _work.DisposeAsync();

    [Fact]
    public async Task Status_json_after_run_carries_per_institution_the_materials_documents_sections_and_findings_check_json_reports()
    {
        var samples = _work.Path("收件箱", "samples");
        BundledSamples.Write(samples);
        var prefix = _work.Root.Replace('\\', '/') + "/";

        var check = await CliRunner.RunAsync("check", samples, "--as-of", AsOf, "--json");
        var run = await CliRunner.RunAsync("run", samples, "--storage", _work.ConnectionString, "--as-of", AsOf);
        var status = await CliRunner.RunAsync("status", "--json", "--storage", _work.ConnectionString);

        Assert.True(check.ExitCode == 0, check.Stderr);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(status.ExitCode == 0, status.Stderr);
        using var checkJson = JsonDocument.Parse(check.Stdout);
        using var statusJson = JsonDocument.Parse(status.Stdout);
        Assert.Equal("pilot1x.status/1", statusJson.RootElement.GetProperty("schema").GetString());
        var stored = statusJson.RootElement.GetProperty("institutions").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);
        var checkedInstitutions = checkJson.RootElement.GetProperty("institutions").EnumerateArray().ToList();
        Assert.Equal(checkedInstitutions.Count, stored.Count);
        var fileFindings = 0;
        foreach (var expected in checkedInstitutions)
        {
            var name = expected.GetProperty("name").GetString()!;
            var actual = stored[name];
            Assert.True(expected.GetProperty("complete").GetBoolean() == actual.GetProperty("complete").GetBoolean(), name + " complete");
            Assert.Equal(Materials(expected, prefix), Materials(actual, string.Empty));
            if (name == LoosePages)
            {
                // The documented difference: the check's one assembled scan lists its page files; the pipeline has none such.
                Assert.Contains(expected.GetProperty("documents").EnumerateArray(), d => d.TryGetProperty("pageFiles", out _));
                Assert.DoesNotContain(actual.GetProperty("documents").EnumerateArray(), d => d.TryGetProperty("pageFiles", out _));
                continue;
            }

            Assert.Equal(Documents(expected, prefix), Documents(actual, string.Empty));
            Assert.Equal(Findings(expected, prefix), Findings(actual, string.Empty));
            fileFindings += expected.GetProperty("findings").EnumerateArray().Count(f => f.TryGetProperty("file", out _));
        }

        // The comparison is about something: the samples' flawed files raise file findings of several kinds.
        Assert.True(fileFindings >= 8, $"only {fileFindings} file findings in the samples");
        Assert.Contains("SECTION_MISSING", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("SEAL_NOT_FOUND", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"sections\"", status.Stdout, StringComparison.Ordinal);
    }

    private static List<string> Materials(JsonElement institution, string prefix) =>
        [.. institution.GetProperty("materials").EnumerateArray().Select(m =>
            $"{m.GetProperty("kind")}|{m.GetProperty("required")}|{m.GetProperty("word")}|{m.GetProperty("scan")}|" +
            string.Join(";", m.GetProperty("files").EnumerateArray().Select(f => Relative(f.GetString(), prefix)).Order(StringComparer.Ordinal)))];

    private static List<string> Documents(JsonElement institution, string prefix) =>
        [.. institution.GetProperty("documents").EnumerateArray().Select(d =>
            $"{Relative(d.GetProperty("file").GetString(), prefix)}|{d.GetProperty("kind")}|{d.GetProperty("format")}|{Member(d, "chars")}|{Member(d, "images")}|" +
            $"{Member(d, "captionedImages")}|{Member(d, "pages")}|{Member(d, "seal")}|{Member(d, "status")}|" +
            (d.TryGetProperty("sections", out var sections)
                ? string.Join(";", sections.EnumerateArray().Select(s => $"{s.GetProperty("heading")}/{s.GetProperty("title")}/{s.GetProperty("template")}/{s.GetProperty("chars")}"))
                : "no outline"))
            .Order(StringComparer.Ordinal)];

    private static List<string> Findings(JsonElement institution, string prefix) =>
        [.. institution.GetProperty("findings").EnumerateArray().Select(f =>
            $"{f.GetProperty("code")}|{f.GetProperty("severity")}|{Relative(Member(f, "file"), prefix)}|{Unprefixed(f.GetProperty("message").GetString()!, prefix)}|{Member(f, "suggestion")}")
            .Order(StringComparer.Ordinal)];

    private static string Unprefixed(string text, string prefix) =>
        prefix.Length == 0 ? text : text.Replace(prefix, string.Empty, StringComparison.Ordinal);

    private static string? Member(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.ToString() : null;

    private static string? Relative(string? file, string prefix) =>
        file is not null && prefix.Length > 0 && file.StartsWith(prefix, StringComparison.Ordinal) ? file[prefix.Length..] : file;
}
