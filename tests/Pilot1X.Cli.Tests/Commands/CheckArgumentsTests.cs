namespace Pilot1X.Cli.Tests.Commands;

public sealed class CheckArgumentsTests
{
    [Fact]
    public async Task No_path_is_a_usage_error_with_exit_code_2()
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync("check", "--json");

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("请至少给出一个", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_path_is_named_in_the_error()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("check", "/nonexistent/材料");

        Assert.Equal(2, exit);
        Assert.Contains("/nonexistent/材料", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_refused_not_ignored()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("check", ".", "--jsno");

        Assert.Equal(2, exit);
        Assert.Contains("--jsno", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_time_is_a_usage_error()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("check", ".", "--as-of", "昨天");

        Assert.Equal(2, exit);
        Assert.Contains("--as-of", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_roster_file_is_a_usage_error()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("check", ".", "--roster", "/nonexistent/名单.xlsx");

        Assert.Equal(2, exit);
        Assert.Contains("名单", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error_and_help_is_not()
    {
        Assert.Equal(2, (await CliRunner.RunAsync("chek")).ExitCode);
        var help = await CliRunner.RunAsync("help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("pilot1x check", help.Stdout, StringComparison.Ordinal);
    }
}
