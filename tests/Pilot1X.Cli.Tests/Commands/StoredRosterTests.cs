using System.Text.Json;
using Pilot1X.Samples;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary>The roster given to <c>pilot1x run</c> is stored in the storage account and every later command uses it.</summary>
public sealed class StoredRosterTests : IAsyncLifetime
{
    private readonly AzuriteWorkspace _work = new("roster");

    private string Storage => _work.ConnectionString;

    public async Task InitializeAsync()
    {
        await _work.InitializeAsync();
        Directory.CreateDirectory(_work.Path("uploads"));
        await _work.WriteRosterAsync();
    }

    public Task DisposeAsync() => _work.DisposeAsync();

    [Fact]
    public async Task Run_with_a_roster_stores_it_and_status_without_a_roster_lists_its_institutions_and_says_so_on_stderr()
    {
        var run = await CliRunner.RunAsync("run", "--uploads", _work.Path("uploads"), "--storage", Storage, "--roster", _work.Roster);
        var (exit, stdout, stderr) = await CliRunner.RunAsync("status", "--json", "--storage", Storage);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("已存入名单 名单.csv（13 个单位）", run.Stderr, StringComparison.Ordinal);
        Assert.True(exit == 0, stderr);
        Assert.Matches(@"使用已存储的名单（13 个单位，来自 名单\.csv，\d{4}-\d\d-\d\d \d\d:\d\d 存入）", stderr);
        using var json = JsonDocument.Parse(stdout);
        var names = json.RootElement.GetProperty("institutions").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Equal(SampleRoster.Rows.Skip(1).Select(r => r[1]), names);
    }

    [Fact]
    public async Task Every_command_without_a_roster_uses_the_stored_one()
    {
        await CliRunner.RunAsync("run", "--uploads", _work.Path("uploads"), "--storage", Storage, "--roster", _work.Roster);

        var report = await CliRunner.RunAsync("report", "--storage", Storage, "--xlsx", _work.Path("汇总表.xlsx"), "--html", _work.Path("汇总.html"));
        var remind = await CliRunner.RunAsync("remind", "--dry-run", "--as-of", "2020-12-25T09:00", "--storage", Storage);
        var link = await CliRunner.RunAsync("upload-link", "湖北科技职业学院", "--valid-until", "2099-12-31", "--storage", Storage);
        await using var serve = await new Pilot1X.Cli.Commands.ServeCommand(TimeProvider.System, CliRunner.Settings(new Dictionary<string, string?>()))
            .StartAsync(["--port", "0", "--storage", Storage], TextWriter.Null, new StringWriter(), CancellationToken.None);
        using var http = new HttpClient();
        var page = await http.GetStringAsync(serve.Url);

        foreach (var (exit, _, stderr) in new[] { report, remind, link })
        {
            Assert.True(exit == 0, stderr);
            Assert.Contains("使用已存储的名单（13 个单位，来自 名单.csv，", stderr, StringComparison.Ordinal);
        }

        // 湖北科技职业学院 is only on the stored roster, not on the built-in 25.
        Assert.StartsWith("湖北科技职业学院/", link.Stdout, StringComparison.Ordinal);
        Assert.Contains("T-3 提醒将发给 12 个单位", remind.Stdout, StringComparison.Ordinal);
        Assert.Contains("湖北科技职业学院", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_roster_given_to_a_later_command_is_used_for_it_alone_and_nothing_stored_means_the_built_in_roster()
    {
        var fresh = await CliRunner.RunAsync("status", "--json", "--storage", Storage);
        var given = await CliRunner.RunAsync("status", "--json", "--storage", Storage, "--roster", _work.Roster);
        var after = await CliRunner.RunAsync("status", "--json", "--storage", Storage);

        Assert.Contains("使用内置名单（附件2，25 个单位）", fresh.Stderr, StringComparison.Ordinal);
        Assert.Contains("使用名单文件 名单.csv（13 个单位）", given.Stderr, StringComparison.Ordinal);
        Assert.Contains("使用内置名单（附件2，25 个单位）", after.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(after.Stdout);
        Assert.Equal(25, json.RootElement.GetProperty("institutions").GetArrayLength());
    }

    [Fact]
    public async Task Run_with_a_broken_roster_is_a_usage_error_and_stores_nothing()
    {
        var broken = _work.Path("坏名单.csv");
        await File.WriteAllTextAsync(broken, "这不是名单\n");

        var (exit, _, stderr) = await CliRunner.RunAsync("run", "--uploads", _work.Path("uploads"), "--storage", Storage, "--roster", broken);
        var status = await CliRunner.RunAsync("status", "--storage", Storage);

        Assert.Equal(2, exit);
        Assert.Contains("坏名单.csv", stderr, StringComparison.Ordinal);
        Assert.Contains("使用内置名单（附件2，25 个单位）", status.Stderr, StringComparison.Ordinal);
    }
}
