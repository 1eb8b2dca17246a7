using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Samples;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary>
/// Every text a person reads — <c>check</c>'s report, receipts, reminders, the dashboard, the workbook's cells and the report
/// mail — names files, archives and mails as the senders know them, for the bundled samples plus a hostile late mail
/// (long subject with odd characters, a zip inside a zip with an unsafe entry), never by a stored or unpacked path.
/// </summary>
public sealed partial class PersonFacingTextTests : IAsyncLifetime
{
    private const string Late = "2020-12-29T10:00:00+08:00";
    private const string HostileSubject = "【补交】武汉铁路职业技术学院\u202E 1+X证书制度试点工作材料（第二次）——附件过大请见谅！！！ \"引号\" <尖括号> & 更多说明文字更多说明文字更多说明文字更多说明文字更多说明文字更多说明文字更多说明文字更多说明文字";
    private readonly AzuriteWorkspace _work = new("person-texts");

    public Task InitializeAsync() => _work.InitializeAsync();

    public Task DisposeAsync() => _work.DisposeAsync();

    [GeneratedRegex(@"!/|mailbox/|uploads/|inbox/|\.eml!|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex InternalMarker();

    [Fact]
    public async Task No_text_a_person_reads_names_a_stored_path_an_unpacked_path_or_a_blob_id_and_a_late_mail_is_late_once_by_its_subject()
    {
        var samples = _work.Path("samples");
        BundledSamples.Write(samples);
        var mailbox = Directory.CreateDirectory(_work.Path("mailbox-folder")).FullName;
        foreach (var mail in Directory.GetFiles(Path.Combine(samples, "inbox"), "*.eml"))
        {
            File.Move(mail, Path.Combine(mailbox, Path.GetFileName(mail)));
        }

        await File.WriteAllBytesAsync(Path.Combine(mailbox, "04-hostile.eml"), HostileMail());
        var roster = await _work.WriteRosterAsync();
        var storage = _work.ConnectionString;
        var outbox = _work.Path("outbox");
        var texts = new List<(string Where, string Text)>();

        var check = await CliRunner.RunAsync("check", samples, mailbox, "--roster", roster, "--as-of", Late);
        texts.Add(("check", check.Stdout));
        var run = await CliRunner.RunAsync("run", samples, "--mailbox", mailbox, "--smtp", Path.Combine(outbox, "receipts"), "--storage", storage, "--roster", roster, "--as-of", Late);
        var remind = await CliRunner.RunAsync("remind", "--as-of", "2020-12-29T09:00", "--smtp", Path.Combine(outbox, "reminders"), "--from", "office@example.cn", "--storage", storage, "--roster", roster);
        var xlsx = _work.Path("report", "汇总表.xlsx");
        var report = await CliRunner.RunAsync("report", "--send", "--to", "hbzcjc@126.com", "--smtp", Path.Combine(outbox, "report"), "--storage", storage, "--roster", roster,
            "--as-of", Late, "--xlsx", xlsx, "--html", _work.Path("report", "汇总.html"));
        var data = await _work.ReadOfficeAsync(roster, DateTimeOffset.Parse(Late, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse("2020-12-28T23:59:59+08:00", System.Globalization.CultureInfo.InvariantCulture));
        texts.Add(("dashboard", DashboardPage.Render(data, DashboardPage.NewNonce())));

        Assert.True(check.ExitCode == 0, check.Stderr);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(remind.ExitCode == 0, remind.Stderr);
        Assert.True(report.ExitCode == 0, report.Stderr);
        var receipts = await OutboxMailTexts.ReadAsync(Path.Combine(outbox, "receipts"));
        var reminders = await OutboxMailTexts.ReadAsync(Path.Combine(outbox, "reminders"));
        var reportMails = await OutboxMailTexts.ReadAsync(Path.Combine(outbox, "report"));
        Assert.NotEmpty(receipts);
        Assert.NotEmpty(reminders);
        Assert.NotEmpty(reportMails);
        texts.AddRange(receipts.Select(t => ("receipt", t)));
        texts.AddRange(reminders.Select(t => ("reminder", t)));
        texts.AddRange(reportMails.Select(t => ("report mail", t)));
        texts.AddRange(WorkbookCells(xlsx).Select(t => ("workbook", t)));

        foreach (var (where, text) in texts)
        {
            var marker = InternalMarker().Match(text);
            Assert.False(marker.Success, $"{where} shows “{marker.Value}” in: …{Around(text, marker.Index)}…");
        }

        // The hostile mail is late once, named by its subject and arrival time, in the check and in its receipt alike.
        Assert.Contains("于2020-12-29 10:00（北京时间）收到，晚于截止时间", check.Stdout, StringComparison.Ordinal);
        // Receipts are read as subject, plain text and HTML; the plain text alone is counted.
        var hostileReceipt = Assert.Single(receipts, r => r.Contains("中的条目", StringComparison.Ordinal)).Split(OutboxMailTexts.HtmlMark)[0];
        Assert.Equal(1, Occurrences(hostileReceipt, "晚于报送截止时间"));
        Assert.Contains("本邮件于 2020年12月29日 10:00（北京时间）收到，晚于报送截止时间", hostileReceipt, StringComparison.Ordinal);
        Assert.Contains("邮件《【补交】武汉铁路职业技术学院", hostileReceipt, StringComparison.Ordinal);
        Assert.Contains("压缩包“材料.zip”中的条目", check.Stdout, StringComparison.Ordinal);
    }

    private static byte[] HostileMail()
    {
        const string school = "武汉铁路职业技术学院";
        var inner = ArchiveSampleBuilder.NestedZip("材料.zip",
        [
            new($"{school}1+X证书制度试点工作总结报告.docx", WordSamples.SummaryReport(school)),
            new("../../etc/passwd", Encoding.UTF8.GetBytes("x")),
        ]);
        return MailSampleBuilder.Submission(HostileSubject, school + "教务处", "jwc@wru.example.cn",
            [new MailSampleAttachment($"{school}1+X证书制度试点工作（补交）.zip", inner, "application/zip")], messageId: "<hostile-04@wru.example.cn>");
    }

    private static IEnumerable<string> WorkbookCells(string xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var shared = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        foreach (var part in document.WorkbookPart.WorksheetParts)
        {
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                yield return cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.InnerText, out var index) ? shared[index] : cell.InnerText;
            }
        }
    }

    private static int Occurrences(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    private static string Around(string text, int index) => text[Math.Max(0, index - 80)..Math.Min(text.Length, index + 80)];
}
