using System.Text.Json;
using Pilot1X.Samples;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary>
/// <c>pilot1x mail [--json]</c> as its own process, after <c>pilot1x run --mailbox</c> over a folder holding a fully encoded
/// From, a second copy, an auto-reply, a bounce, a hostile mail and a normal one: every mail is listed with its outcome.
/// </summary>
public sealed class MailCommandTests : IAsyncLifetime
{
    private const string School = "湖北交通职业技术学院";
    private const string HostileSubject = "湖北交通职业技术学院材料（收件人极多）";
    private readonly AzuriteWorkspace _work = new("mail");

    public Task InitializeAsync() => _work.InitializeAsync();

    public Task DisposeAsync() => _work.DisposeAsync();

    [Fact]
    public async Task Mail_json_as_a_process_lists_every_mail_of_the_run_with_its_outcome_and_the_text_view_says_it_in_chinese()
    {
        var mailbox = Directory.CreateDirectory(_work.Path("mailbox")).FullName;
        var normal = Word("normal@hbjt.edu.cn");
        await File.WriteAllBytesAsync(Path.Combine(mailbox, "1-encoded.eml"),
            HostileMail.WithHeaders(Word("encoded@hbjt.edu.cn"), ("From", HostileMail.FullyEncoded("教务处 王老师 <wang@hbjt.edu.cn>"))));
        await File.WriteAllBytesAsync(Path.Combine(mailbox, "2-normal.eml"), normal);
        await File.WriteAllBytesAsync(Path.Combine(mailbox, "3-auto.eml"), MailSampleBuilder.AutoReply("1+X证书制度试点工作材料报送提醒", "leader@hbjt.edu.cn"));
        await File.WriteAllBytesAsync(Path.Combine(mailbox, "4-bounce.eml"), MailSampleBuilder.Bounce("1+X证书制度试点工作材料报送提醒", "nobody@hbjt.edu.cn"));
        await File.WriteAllBytesAsync(Path.Combine(mailbox, "5-hostile.eml"), HostileMail.OversizedHeader(HostileSubject, "hostile@hbjt.edu.cn", 400 << 10));
        // A second copy as a mail server keeps it: the same Message-ID under other trace headers.
        await File.WriteAllBytesAsync(Path.Combine(mailbox, "6-copy.eml"), HostileMail.WithHeaders(normal, ("X-Copy", "2")));
        var storage = _work.ConnectionString;
        var run = await CliRunner.RunAsync("run", "--mailbox", mailbox, "--smtp", _work.Path("outbox"), "--storage", storage);
        Assert.True(run.ExitCode == 0, run.Stderr);

        var (exit, stdout, _) = await Task.Run(() => ChildProcess.RunPilot1x("mail", "--json", "--storage", storage));
        var text = await CliRunner.RunAsync("mail", "--storage", storage);

        Assert.True(exit == 0, stdout);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("pilot1x.mail/1", json.RootElement.GetProperty("schema").GetString());
        var messages = json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => (Id: m.GetProperty("messageId").GetString(), From: m.GetProperty("from").GetString(), Subject: m.GetProperty("subject").GetString(),
                Outcome: m.GetProperty("outcome").GetString(), Receipt: m.GetProperty("receipt").GetString(),
                Institutions: m.GetProperty("institutions").EnumerateArray().Select(i => i.GetString()).ToList()))
            .ToList();
        Assert.Equal(6, messages.Count);
        Assert.Equal(("receipt", "wang@hbjt.edu.cn"), Assert.Single(messages, m => m.Id == "encoded@hbjt.edu.cn") is var e ? (e.Outcome, e.From) : default);
        Assert.Equal(["duplicate", "receipt"], messages.Where(m => m.Id == "normal@hbjt.edu.cn").Select(m => m.Outcome).Order(StringComparer.Ordinal));
        Assert.All(messages.Where(m => m.Id == "normal@hbjt.edu.cn"), m => Assert.Equal([School], m.Institutions));
        Assert.Equal("auto_reply", Assert.Single(messages, m => m.From == "leader@hbjt.edu.cn").Outcome);
        Assert.Equal("bounce", Assert.Single(messages, m => string.Equals(m.From, "MAILER-DAEMON@126.com", StringComparison.OrdinalIgnoreCase)).Outcome);
        var hostile = Assert.Single(messages, m => m.Subject == HostileSubject);
        Assert.Equal(("no_sender", null), (hostile.Outcome, hostile.Receipt));

        Assert.True(text.ExitCode == 0, text.Stderr);
        var lines = text.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("来件（截至 ", lines[0], StringComparison.Ordinal);
        Assert.Contains("共 6 封，已发回执 2 封，需人工查看 2 封", lines[0], StringComparison.Ordinal);
        Assert.Equal(6, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains($"《{HostileSubject}》", StringComparison.Ordinal) && l.Contains(" · 无法回复 · 邮件头过大", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" · wang@hbjt.edu.cn · ", StringComparison.Ordinal) && l.Contains(" · 已发回执 · ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" · 重复来件 · 与 ", StringComparison.Ordinal));
        Assert.True(lines.Count(l => l.Contains(" · " + School + " · ", StringComparison.Ordinal)) >= 3, text.Stdout);
    }

    [Fact]
    public async Task Mail_with_a_path_argument_is_refused_with_exit_code_2_and_points_to_its_help()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("mail", "some-folder");

        Assert.Equal(2, exit);
        Assert.Contains("mail 不接受路径参数：some-folder", stderr, StringComparison.Ordinal);
        Assert.Contains("pilot1x mail --help", stderr, StringComparison.Ordinal);
    }

    private static byte[] Word(string messageId) =>
        MailSampleBuilder.Submission($"{School}1+X证书制度试点工作材料", "教务处 王老师", "jwc@hbjt.edu.cn",
            [new MailSampleAttachment($"{School}1+X证书制度试点工作总结报告.docx", WordSamples.SummaryReport(School))], messageId: messageId);
}
