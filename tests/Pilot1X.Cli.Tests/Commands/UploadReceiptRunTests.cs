using MimeKit;
using Pilot1X.Samples;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary><c>pilot1x run --uploads … --as-of</c> answers each institution's link uploads with one receipt in the same run.</summary>
public sealed class UploadReceiptRunTests : IAsyncLifetime
{
    private const string Institution = "武汉职业技术学院";
    private readonly AzuriteWorkspace _work = new("upload-receipts");

    public async Task InitializeAsync()
    {
        await _work.InitializeAsync();
        var folder = Directory.CreateDirectory(_work.Path("uploads", Institution)).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, Institution + "1+X证书制度试点工作总结报告.docx"), WordSamples.SummaryReport(Institution));
        await File.WriteAllBytesAsync(Path.Combine(folder, Institution + "1+X证书制度试点工作总结报告（盖章扫描版）.jpg"), ScanSampleBuilder.PageJpeg(new ScanPageOptions { Seal = true }));
        await _work.WriteRosterAsync();
    }

    public Task DisposeAsync() => _work.DisposeAsync();

    [Fact]
    public async Task A_run_as_of_a_past_time_sends_one_receipt_per_institution_batch_and_a_second_run_none()
    {
        var outbox = _work.Path("outbox");
        string[] args = ["run", "--uploads", _work.Path("uploads"), "--roster", _work.Roster, "--as-of", "2020-12-21T10:00",
            "--storage", _work.ConnectionString, "--smtp", outbox];

        var first = await CliRunner.RunAsync(args);
        var second = await CliRunner.RunAsync(args);

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("上传回执：生成 1 封，已发出 1 封", first.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("上传回执", second.Stdout, StringComparison.Ordinal);
        var receipt = MimeMessage.Load(Assert.Single(Directory.GetFiles(outbox, "*.eml")));
        Assert.Equal(["jwc@wtc.example.cn", "1x@wtc.example.cn"], receipt.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("通过上传链接提交的 2 个文件已收到", receipt.TextBody, StringComparison.Ordinal);
    }
}
