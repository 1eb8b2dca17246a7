using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Samples;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary><c>pilot1x report</c>: from a check of files, and from the status stored on a real Azurite.</summary>
public sealed class ReportCommandTests : IAsyncLifetime
{
    private const string AsOf = "2020-12-26T09:00:00+08:00";
    private readonly AzuriteWorkspace _work = new("report");

    public async Task InitializeAsync()
    {
        await _work.InitializeAsync();
        BundledSamples.Write(_work.Path("samples"));
    }

    public Task DisposeAsync() => _work.DisposeAsync();

    private static List<string> Statuses(string xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().First();
        var rows = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Skip(1);
        return [.. rows.Select(r => r.Elements<Cell>().ElementAt(3).InnerText)];
    }

    private static int CompleteIn(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("institutions").EnumerateArray().Count(i => i.GetProperty("complete").GetBoolean());

    [Fact]
    public async Task Report_of_files_writes_a_workbook_and_html_whose_counts_match_check()
    {
        var samples = _work.Path("samples");
        var xlsx = _work.Path("a", "汇总表.xlsx");
        var html = _work.Path("a", "汇总.html");

        var (exit, stdout, stderr) = await CliRunner.RunAsync("report", samples, "--as-of", AsOf, "--xlsx", xlsx, "--html", html);
        var check = await CliRunner.RunAsync("check", samples, "--as-of", AsOf, "--json");

        Assert.True(exit == 0, stderr);
        var statuses = Statuses(xlsx);
        Assert.Equal(25, statuses.Count);
        Assert.Equal(CompleteIn(check.Stdout), statuses.Count(s => s == "齐全"));
        Assert.Contains(statuses, s => s == "未齐全");
        Assert.Contains($"名单内单位 <b>25</b> 个：齐全 <b>{statuses.Count(s => s == "齐全")}</b> 个", await File.ReadAllTextAsync(html), StringComparison.Ordinal);
        Assert.Contains("汇总表：", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_without_paths_shows_the_same_truth_as_status_from_table_storage()
    {
        var xlsx = _work.Path("b", "汇总表.xlsx");
        var run = await CliRunner.RunAsync("run", _work.Path("samples"), "--storage", _work.ConnectionString, "--as-of", AsOf);
        Assert.True(run.ExitCode == 0, run.Stderr);

        var (exit, _, stderr) = await CliRunner.RunAsync("report", "--storage", _work.ConnectionString, "--as-of", AsOf, "--xlsx", xlsx, "--html", _work.Path("b", "汇总.html"));
        var status = await CliRunner.RunAsync("status", "--json", "--storage", _work.ConnectionString);

        Assert.True(exit == 0, stderr);
        var statuses = Statuses(xlsx);
        Assert.Equal(25, statuses.Count);
        Assert.Equal(CompleteIn(status.Stdout), statuses.Count(s => s == "齐全"));
        Assert.True(statuses.Any(s => s == "齐全"), "the bundled samples contain a complete institution");
        Assert.Contains(statuses, s => s == "未交");
    }

    [Fact]
    public async Task Report_refuses_paths_together_with_storage()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("report", _work.Path("samples"), "--storage", _work.ConnectionString);

        Assert.Equal(2, exit);
        Assert.Contains("给了要检查的路径时不读取表存储", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_send_puts_one_eml_with_the_workbook_in_the_pickup_folder_and_each_further_send_is_a_new_mail()
    {
        var pickup = _work.Path("outbox");
        string[] common = ["report", "--send", "--storage", _work.ConnectionString, "--as-of", AsOf, "--smtp", pickup,
            "--xlsx", _work.Path("c", "汇总表.xlsx"), "--html", _work.Path("c", "汇总.html")];

        var first = await CliRunner.RunAsync(common);
        var files = Directory.GetFiles(pickup, "*.eml");
        var second = await CliRunner.RunAsync([.. common, "--to", "chu@126.com"]);

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("汇总邮件（按需发送）已发给 hbzcjc@126.com", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("附件 汇总表-20201226.xlsx", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("汇总邮件（按需发送）已发给 chu@126.com", second.Stdout, StringComparison.Ordinal);
        using var mail = await MimeKit.MimeMessage.LoadAsync(Assert.Single(files));
        Assert.Equal("hbzcjc@126.com", Assert.Single(mail.To.Mailboxes).Address);
        Assert.StartsWith("1+X证书制度试点材料汇总（截至2020-12-26 09:00）", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("未交名单", mail.HtmlBody, StringComparison.Ordinal);
        var attachment = Assert.IsType<MimeKit.MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal("汇总表-20201226.xlsx", attachment.FileName);
        var xlsx = _work.Path("attached.xlsx");
        await using (var output = File.Create(xlsx))
        {
            await attachment.Content!.DecodeToAsync(output);
        }

        Assert.Equal(Enumerable.Repeat("未交", 25), Statuses(xlsx));
        var all = Directory.GetFiles(pickup, "*.eml");
        Assert.Equal(2, all.Length);
        var recipients = new List<string>();
        foreach (var file in all)
        {
            using var message = await MimeKit.MimeMessage.LoadAsync(file);
            recipients.Add(Assert.Single(message.To.Mailboxes).Address);
        }

        Assert.Equal(["chu@126.com", "hbzcjc@126.com"], recipients.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Report_send_goes_to_the_recipients_the_functions_app_setting_names_when_it_is_set_in_the_environment()
    {
        var pickup = _work.Path("env-outbox");
        var environment = new Dictionary<string, string> { ["Pilot1X__ReportRecipients"] = "chu@hbe.example.cn; ke@hbe.example.cn" };

        var (exit, stdout, _) = await Task.Run(() => ChildProcess.RunPilot1x(environment, "report", "--send", "--storage", _work.ConnectionString,
            "--as-of", AsOf, "--smtp", pickup, "--xlsx", _work.Path("e", "汇总表.xlsx"), "--html", _work.Path("e", "汇总.html")));

        Assert.True(exit == 0, stdout);
        using var mail = await MimeKit.MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(pickup, "*.eml")));
        Assert.Equal(["chu@hbe.example.cn", "ke@hbe.example.cn"], mail.To.Mailboxes.Select(m => m.Address));
    }

    [Fact]
    public async Task Report_send_to_a_domain_nobody_configured_is_refused_in_chinese_and_mails_nothing()
    {
        var pickup = _work.Path("refused-outbox");

        var (exit, _, stderr) = await CliRunner.RunAsync("report", "--send", "--storage", _work.ConnectionString, "--as-of", AsOf, "--smtp", pickup,
            "--to", "attacker@evil.example", "--xlsx", _work.Path("r", "汇总表.xlsx"), "--html", _work.Path("r", "汇总.html"));

        Assert.Equal(2, exit);
        Assert.Contains("汇总表只能发往已配置的邮箱域名（126.com），attacker@evil.example 不在其中", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(pickup) && Directory.GetFiles(pickup, "*.eml").Length > 0);
    }

    [Fact]
    public async Task Report_send_to_a_domain_the_allowed_domains_setting_names_is_mailed()
    {
        var pickup = _work.Path("allowed-outbox");
        var environment = new Dictionary<string, string> { ["Pilot1X__ReportAllowedDomains"] = "hbe.example.cn" };

        var (exit, stdout, _) = await Task.Run(() => ChildProcess.RunPilot1x(environment, "report", "--send", "--storage", _work.ConnectionString,
            "--as-of", AsOf, "--smtp", pickup, "--to", "chu@hbe.example.cn", "--xlsx", _work.Path("a", "汇总表.xlsx"), "--html", _work.Path("a", "汇总.html")));

        Assert.True(exit == 0, stdout);
        using var mail = await MimeKit.MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(pickup, "*.eml")));
        Assert.Equal("chu@hbe.example.cn", Assert.Single(mail.To.Mailboxes).Address);
    }

    [Theory]
    [InlineData("--to", "chu@hbe.example.cn", "请同时加上 --send")]
    [InlineData("--smtp", "out/x", "请同时加上 --send")]
    public async Task Report_mail_options_without_send_are_a_usage_error(string option, string value, string message)
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("report", option, value, "--storage", _work.ConnectionString);

        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_send_to_a_bad_address_is_a_usage_error_and_help_says_send_is_on_demand()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync("report", "--send", "--to", "科长", "--storage", _work.ConnectionString);
        var help = await CliRunner.RunAsync("help");

        Assert.Equal(2, exit);
        Assert.Contains("--to 的值“科长”不是有效的邮箱地址", stderr, StringComparison.Ordinal);
        Assert.Contains("每次 --send 都是一封新邮件（按需发送）", help.Stdout, StringComparison.Ordinal);
    }
}
