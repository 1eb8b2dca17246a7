using System.Text.Json;
using Pilot1X.Samples;
using Xunit.Abstractions;

namespace Pilot1X.Cli.Tests.Commands;

public sealed class CheckCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pilot1x-check-").FullName;

    [Fact]
    public async Task With_json_stdout_is_exactly_one_contract_document_listing_every_roster_institution()
    {
        BundledSamples.Write(_folder);

        var (exit, stdout, _) = await CliRunner.RunAsync("check", _folder, "--as-of", "2020-12-26T09:00", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("pilot1x.check/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(25, json.RootElement.GetProperty("institutions").GetArrayLength());
        var complete = json.RootElement.GetProperty("institutions").EnumerateArray().Where(i => i.GetProperty("complete").GetBoolean());
        Assert.Equal(["湖北交通职业技术学院"], complete.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal("AUTO_REPLY", json.RootElement.GetProperty("ignored")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Without_json_the_report_is_chinese_with_the_unsubmitted_list_last()
    {
        BundledSamples.Write(_folder);

        var (exit, stdout, _) = await CliRunner.RunAsync("check", _folder, "--as-of", "2020-12-26T09:00");

        Assert.Equal(0, exit);
        Assert.Contains("■ 湖北交通职业技术学院（高职，抽查单位）— 材料齐全", stdout, StringComparison.Ordinal);
        Assert.Contains("SECTION_MISSING", stdout, StringComparison.Ordinal);
        var lastBlock = stdout[stdout.LastIndexOf('■')..];
        Assert.StartsWith("■ 未交名单", lastBlock, StringComparison.Ordinal);
        Assert.Contains("武汉工程大学", lastBlock, StringComparison.Ordinal);
    }

    [Fact]
    public void A_three_gib_zip_bomb_inside_an_email_is_rejected_by_the_real_process_within_300_mb()
    {
        using (var bomb = new MemoryStream())
        {
            ArchiveSampleBuilder.WriteZeroBomb(bomb, 3L << 30, "总结报告.docx");
            File.WriteAllBytes(Path.Combine(_folder, "bomb.eml"), MailSampleBuilder.Submission("武汉工程大学1+X证书制度试点工作", "x", "x@example.cn",
                [new MailSampleAttachment("武汉工程大学1+X证书制度试点工作.zip", bomb.ToArray(), "application/zip")], messageId: "<bomb@example.cn>"));
        }

        var (exit, stdout, peak) = ChildProcess.RunPilot1x("check", _folder, "--json");
        output.WriteLine($"pilot1x check on a 3 GiB zip bomb in an email: peak RSS {peak / 1048576.0:F0} MiB");

        Assert.Equal(0, exit);
        Assert.Contains("ARCHIVE_UNSAFE", stdout, StringComparison.Ordinal);
        Assert.InRange(peak, 1, 300L << 20);
    }

    [Fact]
    public async Task A_file_in_one_institutions_folder_named_for_another_is_held_as_a_mismatch_and_not_filed_for_it()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "湖北交通职业技术学院")).FullName;
        File.WriteAllBytes(Path.Combine(folder, "武汉铁路职业技术学院1+X证书制度试点工作总结报告.docx"), WordSamples.SummaryReport("武汉铁路职业技术学院"));

        var (exit, stdout, _) = await CliRunner.RunAsync("check", _folder, "--as-of", "2020-12-26T09:00", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var institutions = json.RootElement.GetProperty("institutions").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);
        Assert.Equal(0, institutions["武汉铁路职业技术学院"].GetProperty("documents").GetArrayLength());
        Assert.Equal(0, institutions["湖北交通职业技术学院"].GetProperty("documents").GetArrayLength());
        var held = Assert.Single(json.RootElement.GetProperty("unassigned").EnumerateArray());
        Assert.Equal("武汉铁路职业技术学院", held.GetProperty("held").GetProperty("institution").GetString());
        Assert.Equal("folder", held.GetProperty("held").GetProperty("channel").GetString());
        Assert.Equal("names_another_institution", held.GetProperty("held").GetProperty("reason").GetString());
        var finding = Assert.Single(held.GetProperty("findings").EnumerateArray());
        Assert.Equal("INSTITUTION_MISMATCH", finding.GetProperty("code").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Contains("湖北交通职业技术学院", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
