namespace Pilot1X.Cli.Tests.Commands;

/// <summary><c>pilot1x remind</c> against a real Azurite: through the outbox into the pickup folder, once per institution and step.</summary>
public sealed class RemindCommandTests : IAsyncLifetime
{
    private readonly AzuriteWorkspace _work = new("remind");

    private string Outbox => _work.Path("outbox");

    public async Task InitializeAsync()
    {
        await _work.InitializeAsync();
        await _work.WriteRosterAsync();
    }

    public Task DisposeAsync() => _work.DisposeAsync();

    private Task<(int ExitCode, string Stdout, string Stderr)> Remind(params string[] extra) =>
        CliRunner.RunAsync(["remind", "--storage", _work.ConnectionString, "--roster", _work.Roster, "--smtp", Outbox, "--from", "office@example.cn", .. extra]);

    [Fact]
    public async Task Remind_writes_one_eml_per_incomplete_institution_with_a_contact_and_never_repeats_a_step()
    {
        var dry = await Remind("--dry-run", "--as-of", "2020-12-25T09:00");
        var first = await Remind("--as-of", "2020-12-25T09:00");
        var second = await Remind("--as-of", "2020-12-25T18:00");

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("试运行（不发送、不记录）：T-3 提醒将发给 12 个单位", dry.Stdout, StringComparison.Ordinal);
        Assert.Contains("T-3 提醒：已生成 12 封并放入发件箱", first.Stdout, StringComparison.Ordinal);
        Assert.Contains($"发件箱：发出 12 封（写入 {Outbox}（.eml 文件））。", first.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("湖北工程学院（", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("另有 1 个未交或未齐全的单位无法提醒（原因见下，请电话联系）。", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("  未能提醒：湖北工程学院：名单中没有联系邮箱\n", first.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  未能提醒：湖北工程学院：名单中没有联系邮箱", dry.Stdout, StringComparison.Ordinal);
        Assert.Contains("T-3 提醒：已生成 0 封", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(12, Directory.GetFiles(Outbox, "*.eml").Length);
        using var eml = await MimeKit.MimeMessage.LoadAsync(Directory.GetFiles(Outbox, "*.eml")[0]);
        Assert.Equal("office@example.cn", Assert.Single(eml.From.Mailboxes).Address);
        Assert.StartsWith("reminder.", eml.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remind_before_the_first_step_sends_nothing()
    {
        var (exit, stdout, stderr) = await Remind("--as-of", "2020-12-20T09:00");

        Assert.True(exit == 0, stderr);
        Assert.Contains("还没有到第一次提醒的时间（2020-12-21 09:00）", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Outbox));
    }

    [Fact]
    public async Task Remind_with_a_bad_sender_address_is_a_usage_error()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("remind", "--from", "不是地址", "--storage", _work.ConnectionString);

        Assert.Equal(2, exit);
        Assert.Contains("不是有效的邮箱地址", stderr, StringComparison.Ordinal);
    }
}
