using System.Text.Json;
using Pilot1X.LocalStorage;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary><c>pilot1x run</c> and <c>pilot1x status</c> end to end against a real Azurite on free ports.</summary>
public sealed class RunCommandTests : IAsyncLifetime
{
    private static readonly string[] ContractMembers = ["name", "sampled", "level", "complete", "materials", "findings"];
    private readonly string _location = Path.Combine(Path.GetTempPath(), "pilot1x-cli-azurite-" + Guid.NewGuid().ToString("N"));
    private readonly string _uploads = Path.Combine(Path.GetTempPath(), "pilot1x-cli-uploads-" + Guid.NewGuid().ToString("N"));
    private AzuriteProcess? _azurite;

    public async Task InitializeAsync()
    {
        var root = AzuriteProcess.FindRepositoryRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("repository root not found");
        _azurite = await AzuriteProcess.StartOnFreePortsAsync(root, _location, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        foreach (var dir in new[] { _location, _uploads })
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Run_uploads_analyses_and_prints_the_status_and_a_second_run_of_the_same_files_queues_nothing()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_uploads, "武汉职业技术学院")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "说明.txt"), "附件说明");
        await File.WriteAllTextAsync(Path.Combine(_uploads, "零散.txt"), "未分类");

        var (exit, stdout, stderr) = await CliRunner.RunAsync("run", "--uploads", _uploads, "--storage", _azurite!.ConnectionString);
        var again = await CliRunner.RunAsync("run", "--uploads", _uploads, "--storage", _azurite.ConnectionString);

        Assert.True(exit == 0, stderr);
        Assert.Contains("已上传 2 个文件（新提交 2 个", stdout, StringComparison.Ordinal);
        Assert.Contains("名单内单位 25 个", stdout, StringComparison.Ordinal);
        Assert.Contains("已上传 2 个文件（新提交 0 个，重复上传 2 个）", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_json_lists_every_roster_institution_with_the_check_contract_members()
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync("status", "--json", "--storage", _azurite!.ConnectionString);

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
        var (exit, _, stderr) = await CliRunner.RunAsync("run", Path.Combine(_uploads, "不存在.docx"), "--storage", _azurite!.ConnectionString);

        Assert.Equal(2, exit);
        Assert.Contains("找不到文件或文件夹", stderr, StringComparison.Ordinal);
    }
}
