using System.Text.Json;
using Pilot1X.Cli.Commands;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary>
/// <c>Pilot1X__Deadline</c> (the app setting, here given as the environment would) is the deadline of every command;
/// <c>--deadline</c> replaces that one value for one command.
/// </summary>
public sealed class SharedDeadlineTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Setting = new() { ["Pilot1X:Deadline"] = "2020-12-27" };
    private readonly AzuriteWorkspace _work = new("deadline");

    private string Storage => _work.ConnectionString;

    public async Task InitializeAsync()
    {
        await _work.InitializeAsync();
        await _work.WriteRosterAsync();
    }

    public Task DisposeAsync() => _work.DisposeAsync();

    [Fact]
    public async Task The_deadline_setting_is_what_status_report_remind_and_serve_use()
    {
        var status = await CliRunner.RunAsync(Setting, "status", "--json", "--storage", Storage);
        var report = await CliRunner.RunAsync(Setting, "report", "--storage", Storage, "--xlsx", _work.Path("汇总表.xlsx"), "--html", _work.Path("汇总.html"));
        // T-7 of 2020-12-27 is 12-20 09:00; of the built-in 12-28 it would be 12-21.
        var remind = await CliRunner.RunAsync(Setting, "remind", "--dry-run", "--as-of", "2020-12-20T09:00", "--storage", Storage, "--roster", _work.Roster);
        await using var serve = await new ServeCommand(TimeProvider.System, CliRunner.Settings(Setting))
            .StartAsync(["--port", "0", "--storage", Storage], TextWriter.Null, TextWriter.Null, CancellationToken.None);
        using var http = new HttpClient();
        var page = await http.GetStringAsync(serve.Url);

        Assert.True(status.ExitCode == 0, status.Stderr);
        Assert.Equal("2020-12-27T23:59:59+08:00", Deadline(status.Stdout));
        Assert.True(report.ExitCode == 0, report.Stderr);
        Assert.Contains("截止时间：2020-12-27 23:59", await File.ReadAllTextAsync(_work.Path("汇总.html")), StringComparison.Ordinal);
        Assert.True(remind.ExitCode == 0, remind.Stderr);
        Assert.Contains("T-7 提醒将发给 12 个单位", remind.Stdout, StringComparison.Ordinal);
        Assert.Contains("<time data-testid=\"deadline\">2020-12-27 23:59</time>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deadline_flag_overrides_the_setting_for_that_command_only()
    {
        var flagged = await CliRunner.RunAsync(Setting, "status", "--json", "--storage", Storage, "--deadline", "2021-01-05");
        var remind = await CliRunner.RunAsync(Setting, "remind", "--dry-run", "--as-of", "2020-12-20T09:00", "--deadline", "2020-12-28", "--storage", Storage, "--roster", _work.Roster);
        var plain = await CliRunner.RunAsync(Setting, "status", "--json", "--storage", Storage);

        Assert.Equal("2021-01-05T23:59:59+08:00", Deadline(flagged.Stdout));
        Assert.Contains("还没有到第一次提醒的时间（2020-12-21 09:00）", remind.Stdout, StringComparison.Ordinal);
        Assert.Equal("2020-12-27T23:59:59+08:00", Deadline(plain.Stdout));
    }

    [Fact]
    public async Task Without_the_setting_the_notice_deadline_applies()
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync(new Dictionary<string, string?> { ["Pilot1X:Deadline"] = string.Empty }, "status", "--json", "--storage", Storage);

        Assert.True(exit == 0, stderr);
        Assert.Equal("2020-12-28T23:59:59+08:00", Deadline(stdout));
    }

    [Fact]
    public async Task A_deadline_setting_that_is_not_a_time_is_a_usage_error_naming_the_setting()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync(new Dictionary<string, string?> { ["Pilot1X:Deadline"] = "下周一" }, "status", "--storage", Storage);

        Assert.Equal(2, exit);
        Assert.Contains("Pilot1X__Deadline 的值“下周一”不是有效的时间", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_deadline_environment_variable_reaches_a_real_pilot1x_process()
    {
        var (exit, stdout, _) = ChildProcess.RunPilot1x(new Dictionary<string, string> { ["Pilot1X__Deadline"] = "2020-12-27T18:00:00+08:00" }, "status", "--json", "--storage", Storage);

        Assert.Equal(0, exit);
        Assert.Equal("2020-12-27T18:00:00+08:00", Deadline(stdout));
    }

    private static string? Deadline(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("deadline").GetString();
    }
}
