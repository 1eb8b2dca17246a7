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
    public void A_40_page_pdf_sharing_one_9000_pixel_square_image_is_checked_by_the_real_process_within_400_mb_and_30_s()
    {
        var pdf = ScanSampleBuilder.PdfSharingOneImage(40, 9000);
        File.WriteAllBytes(Path.Combine(_folder, "武汉工程大学工作总结报告（盖章扫描版）.pdf"), pdf);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (exit, stdout, peak) = ChildProcess.RunPilot1x("check", _folder, "--json");
        clock.Stop();
        output.WriteLine($"pilot1x check on a {pdf.Length / 1024} KiB PDF of 40 pages sharing one 9000×9000 JPEG: peak RSS {peak / 1048576.0:F0} MiB, {clock.Elapsed.TotalSeconds:F1} s");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var document = json.RootElement.GetProperty("institutions").EnumerateArray()
            .SelectMany(i => i.GetProperty("documents").EnumerateArray())
            .Single(d => d.GetProperty("file").GetString()!.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Equal(40, document.GetProperty("pages").GetInt32());
        Assert.Equal("not_found", document.GetProperty("seal").GetString());
        Assert.InRange(peak, 1, 400L << 20);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("2 MB HTML body with thousands of unclosed 超大附件 links", "LARGE_ATTACHMENT_LINK")]
    [InlineData("10 MB header block", "ARCHIVE_UNSAFE")]
    public void A_hostile_mail_is_handled_by_the_real_process_within_400_mb_and_10_s_of_cpu_and_the_mail_next_to_it_is_checked(string hostile, string code)
    {
        const string target = "武汉工程大学";
        const string neighbour = "湖北交通职业技术学院";
        var subject = target + "1+X证书制度试点工作材料";
        File.WriteAllBytes(Path.Combine(_folder, "01-hostile.eml"), code == "ARCHIVE_UNSAFE"
            ? HostileMail.OversizedHeader(subject, "jwc@wit.example.cn", 10 << 20)
            : HostileMail.UnclosedLinkFlood(subject, "jwc@wit.example.cn", 2 << 20));
        File.WriteAllBytes(Path.Combine(_folder, "02-normal.eml"), MailSampleBuilder.Submission(neighbour + "1+X证书制度试点工作材料", "教务处",
            "jwc@hbjt.example.cn", [new MailSampleAttachment(neighbour + "1+X证书制度试点工作总结报告.docx", WordSamples.SummaryReport(neighbour))],
            messageId: "<normal@hbjt.example.cn>"));

        var run = ChildProcess.Measure(new Dictionary<string, string>(), "check", _folder, "--json");
        output.WriteLine($"pilot1x check on a {hostile} plus a normal mail: peak RSS {run.PeakBytes / 1048576.0:F0} MiB, "
                         + $"CPU {run.CpuTime.TotalSeconds:F1} s, wall clock {run.Elapsed.TotalSeconds:F1} s");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var institutions = json.RootElement.GetProperty("institutions").EnumerateArray().ToList();
        var findings = institutions.Single(i => i.GetProperty("name").GetString() == target).GetProperty("findings").EnumerateArray();
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == code && f.GetProperty("file").GetString()!.EndsWith("01-hostile.eml", StringComparison.Ordinal));
        var documents = institutions.Single(i => i.GetProperty("name").GetString() == neighbour).GetProperty("documents").EnumerateArray();
        Assert.Contains(documents, d => d.GetProperty("file").GetString()!.Contains("02-normal.eml!/", StringComparison.Ordinal));
        Assert.InRange(run.PeakBytes, 1, 400L << 20);
        // CPU time is what the hostile input burnt (110 s before); wall clock only has a loose bound because the machine is shared.
        Assert.True(run.CpuTime < TimeSpan.FromSeconds(10), $"used {run.CpuTime.TotalSeconds:F1} s of CPU");
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(60), $"took {run.Elapsed.TotalSeconds:F1} s");
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

    [Fact]
    public void A_600_mb_pdf_is_refused_unread_by_the_real_process_within_400_mb()
    {
        var path = Path.Combine(_folder, "武汉工程大学1+X证书制度试点工作总结报告（盖章扫描版）.pdf");
        using (var file = File.Create(path))
        {
            file.Write("%PDF-1.4\n"u8);
            file.SetLength(600L << 20); // sparse on disk: what counts is the size the reader would face
        }

        var (exit, stdout, peak) = ChildProcess.RunPilot1x("check", _folder, "--json");
        output.WriteLine($"pilot1x check on a 600 MB PDF: peak RSS {peak / 1048576.0:F0} MiB");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var findings = json.RootElement.GetProperty("institutions").EnumerateArray()
            .Single(i => i.GetProperty("name").GetString() == "武汉工程大学").GetProperty("findings").EnumerateArray();
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == "ARCHIVE_UNSAFE"
                                       && f.GetProperty("message").GetString()!.Contains("超过单个文件上限", StringComparison.Ordinal));
        Assert.InRange(peak, 1, 400L << 20);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
