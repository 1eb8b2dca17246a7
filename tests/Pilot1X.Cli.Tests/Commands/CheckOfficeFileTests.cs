using System.Diagnostics;
using System.Text.Json;
using Pilot1X.Samples;
using Xunit.Abstractions;

namespace Pilot1X.Cli.Tests.Commands;

public sealed class CheckOfficeFileTests(ITestOutputHelper output) : IDisposable
{
    private const string BombName = "武汉工程大学1+X证书制度试点工作总结报告.docx";
    private readonly string _folder = Directory.CreateTempSubdirectory("pilot1x-office-").FullName;

    [Fact]
    public void A_one_mb_docx_inflating_to_900_mb_is_refused_by_the_real_process_within_400_mb_naming_the_file()
    {
        var path = Path.Combine(_folder, BombName);
        using (var file = File.Create(path))
        {
            HostileDocxBuilder.WriteTextBomb(file, 900_000_000);
        }

        Assert.InRange(new FileInfo(path).Length, 1, 2L << 20); // about 1 MB on disk

        var clock = Stopwatch.StartNew();
        var (exit, stdout, peak) = ChildProcess.RunPilot1x("check", _folder, "--json");
        clock.Stop();
        output.WriteLine($"pilot1x check on a {new FileInfo(path).Length / 1048576.0:F2} MiB .docx whose document.xml inflates to 900 MB: "
            + $"peak RSS {peak / 1048576.0:F0} MiB, {clock.Elapsed.TotalSeconds:F1} s");

        Assert.Equal(0, exit);
        var finding = Assert.Single(Findings(stdout), f => f.GetProperty("code").GetString() == "ARCHIVE_UNSAFE");
        Assert.Contains($"“{BombName}”", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.InRange(peak, 1, 400L << 20);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30)); // goal 10 s; margin for a loaded machine
    }

    [Fact]
    public async Task An_xlsx_given_to_check_is_one_unsupported_format_finding_not_its_xml_parts()
    {
        await File.WriteAllBytesAsync(Path.Combine(_folder, "武汉工程大学1+X证书制度试点工作汇总表.xlsx"), RosterFileBuilder.Xlsx(SampleRoster.Rows));

        var (exit, stdout, _) = await CliRunner.RunAsync("check", _folder, "--json");

        Assert.Equal(0, exit);
        var finding = Assert.Single(Findings(stdout), f => f.TryGetProperty("file", out var file) && file.ValueKind == JsonValueKind.String);
        Assert.Equal("UNSUPPORTED_FORMAT", finding.GetProperty("code").GetString());
        Assert.Contains("“武汉工程大学1+X证书制度试点工作汇总表.xlsx”是 Excel 工作簿", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Every finding anywhere in the check document (institutions, unassigned files).
    private static List<JsonElement> Findings(string json)
    {
        var found = new List<JsonElement>();
        Collect(JsonDocument.Parse(json).RootElement, found);
        return found;
    }

    private static void Collect(JsonElement element, List<JsonElement> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "findings" && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        found.AddRange(property.Value.EnumerateArray().Select(f => f.Clone()));
                    }
                    else
                    {
                        Collect(property.Value, found);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, found);
                }

                break;
        }
    }
}
