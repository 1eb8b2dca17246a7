using System.Text.Json;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary><c>pilot1x run</c> and <c>pilot1x status</c> end to end against a real Azurite on free ports.</summary>
public sealed class RunCommandTests : IAsyncLifetime
{
    private static readonly string[] ContractMembers = ["name", "sampled", "level", "complete", "materials", "findings"];
    private readonly AzuriteWorkspace _work = new("cli");

    /// <summary>The folder <c>run --uploads</c> reads; nothing creates it but the test that fills it.</summary>
    private string Uploads => _work.Path("uploads");

    public Task InitializeAsync() => _work.InitializeAsync();

    public Task DisposeAsync() => _work.DisposeAsync();

    [Fact]
    public async Task Run_uploads_analyses_and_prints_the_status_and_a_second_run_of_the_same_files_queues_nothing()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Uploads, "武汉职业技术学院")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "说明.txt"), "附件说明");
        await File.WriteAllTextAsync(Path.Combine(Uploads, "零散.txt"), "未分类");

        var (exit, stdout, stderr) = await CliRunner.RunAsync("run", "--uploads", Uploads, "--storage", _work.ConnectionString);
        var again = await CliRunner.RunAsync("run", "--uploads", Uploads, "--storage", _work.ConnectionString);

        Assert.True(exit == 0, stderr);
        Assert.Contains("已上传 2 个文件（新提交 2 个", stdout, StringComparison.Ordinal);
        Assert.Contains("名单内单位 25 个", stdout, StringComparison.Ordinal);
        Assert.Contains("已上传 2 个文件（新提交 0 个，重复上传 2 个）", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_json_lists_every_roster_institution_with_the_check_contract_members()
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync("status", "--json", "--storage", _work.ConnectionString);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("pilot1x.status/1", json.RootElement.GetProperty("schema").GetString());
        var institutions = json.RootElement.GetProperty("institutions").EnumerateArray().ToList();
        Assert.Equal(25, institutions.Count);
        Assert.All(institutions, i =>
        {
            foreach (var member in ContractMembers)
            {
                Assert.True(i.TryGetProperty(member, out _), member);
            }
        });
    }

    [Fact]
    public async Task Run_with_a_missing_path_is_a_usage_error()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("run", Path.Combine(Uploads, "不存在.docx"), "--storage", _work.ConnectionString);

        Assert.Equal(2, exit);
        Assert.Contains("找不到文件或文件夹", stderr, StringComparison.Ordinal);
    }
}
