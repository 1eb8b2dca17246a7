using Azure;
using Azure.Storage.Blobs;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary><c>pilot1x upload-link</c> against a real Azurite: the printed URL uploads into the institution's folder and reads nothing.</summary>
public sealed class UploadLinkCommandTests : IAsyncLifetime
{
    private readonly AzuriteWorkspace _work = new("link");

    public Task InitializeAsync() => _work.InitializeAsync();

    public Task DisposeAsync() => _work.DisposeAsync();

    [Fact]
    public async Task Printed_link_uploads_into_the_institutions_folder_and_cannot_read()
    {
        var validUntil = DateTimeOffset.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (exit, stdout, stderr) = await CliRunner.RunAsync("upload-link", "武汉职业技术学院", "总结报告.docx", "--valid-until", validUntil, "--storage", _work.ConnectionString);

        Assert.True(exit == 0, stderr);
        Assert.Contains("武汉职业技术学院/总结报告.docx（只能上传此文件", stdout, StringComparison.Ordinal);
        Assert.Contains("超过 256 MB 的文件会被拒收", stdout, StringComparison.Ordinal);
        var url = new Uri(stdout.Split('\n').Single(l => l.StartsWith("http", StringComparison.Ordinal)).Trim());
        await new BlobClient(url).UploadAsync(BinaryData.FromString("x"), overwrite: true);
        var uploaded = new BlobServiceClient(_work.ConnectionString).GetBlobContainerClient("uploads").GetBlobClient("武汉职业技术学院/总结报告.docx");
        Assert.True(await uploaded.ExistsAsync());
        var denied = await Assert.ThrowsAsync<RequestFailedException>(() => new BlobClient(url).DownloadContentAsync());
        Assert.Equal(403, denied.Status);
    }

    [Fact]
    public async Task Unknown_institution_and_past_validity_are_usage_errors()
    {
        var unknown = await CliRunner.RunAsync("upload-link", "不存在的学校", "--storage", _work.ConnectionString);
        var past = await CliRunner.RunAsync("upload-link", "武汉职业技术学院", "--valid-until", "2020-01-01", "--storage", _work.ConnectionString);

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("名单中没有“不存在的学校”", unknown.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, past.ExitCode);
        Assert.Contains("已过", past.Stderr, StringComparison.Ordinal);
    }
}
