namespace Pilot1X.Cli.Tests.Commands;

/// <summary><c>pilot1x 命令 --help</c>/<c>-h</c> answers with that command's Chinese usage for every command; bad options still exit 2.</summary>
public sealed class CommandHelpTests
{
    public static TheoryData<string, string> Commands { get; } = new()
    {
        { "check", "--help" }, { "demo", "--help" }, { "run", "--help" }, { "status", "--help" }, { "report", "--help" },
        { "remind", "--help" }, { "upload-link", "--help" }, { "serve", "--help" }, { "status", "-h" }, { "upload-link", "-h" },
        { "mail", "--help" }, { "mail", "-h" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_for_a_command_prints_its_usage_and_exits_0_without_running_it(string command, string flag)
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync(command, flag);

        Assert.True(exit == 0, stderr);
        Assert.StartsWith("用法：", stdout, StringComparison.Ordinal);
        Assert.Contains($"  pilot1x {command} ", stdout, StringComparison.Ordinal);
        Assert.Contains("退出码：0", stdout, StringComparison.Ordinal);
        Assert.Empty(stderr);
    }

    [Fact]
    public async Task Help_for_the_tool_lists_every_command()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync("--help");

        Assert.Equal(0, exit);
        foreach (var command in new[] { "check", "demo", "run", "status", "mail", "report", "remind", "upload-link", "serve", "help" })
        {
            Assert.Contains($"  pilot1x {command} ", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_with_a_command_name_is_that_command_s_help()
    {
        var named = await CliRunner.RunAsync("help", "remind");
        var flagged = await CliRunner.RunAsync("remind", "--help");

        Assert.Equal(0, named.ExitCode);
        Assert.Equal(flagged.Stdout, named.Stdout);
    }

    [Fact]
    public async Task An_unknown_option_still_exits_2_and_points_to_the_command_s_help()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("status", "--bogus");

        Assert.Equal(2, exit);
        Assert.Contains("不认识的选项：--bogus", stderr, StringComparison.Ordinal);
        Assert.Contains("用 pilot1x status --help 查看用法。", stderr, StringComparison.Ordinal);
    }
}
