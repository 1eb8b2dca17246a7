using System.Text.RegularExpressions;

namespace Pilot1X.Cli.Tests.Commands;

/// <summary>
/// What the office reads after a realistic day (<see cref="OfficeViewsRun"/>): one state vocabulary everywhere, 今日需跟进
/// with whom to call and what is missing, a 问题清单 for people, the report mail's day and `remind`'s unreachable list.
/// </summary>
public sealed partial class OfficeViewsTests(OfficeViewsRun run) : IClassFixture<OfficeViewsRun>
{
    private const string WuhanRailway = "武汉铁路职业技术学院";
    private const string Subject = "武汉铁路职业技术学院1+X证书制度试点工作材料报送";
    private static readonly string[] StateWords = ["齐全", "未齐全", "未交"];
    private static readonly string[] ViewsWithAllStates = ["check", "status", "report mail", "workbook", "dashboard"];

    /// <summary>Other words people have used for 齐全 / 未齐全 / 未交 / 选交 — none may appear in any view.</summary>
    [GeneratedRegex("未收到|未提交|未报送|不齐全|缺交|没有提交|尚未提交")]
    private static partial Regex OtherStateWord();

    [Fact]
    public void Every_view_names_a_state_only_as_qiquan_weiqiquan_weijiao_or_xuanjiao()
    {
        Assert.Equal(["check", "remind", "status", "receipt", "reminder", "report mail", "workbook", "dashboard"], run.Texts.Select(t => t.Where).Distinct());
        foreach (var (where, text) in run.Texts)
        {
            var other = OtherStateWord().Match(text);
            Assert.False(other.Success, $"{where} says “{other.Value}” in: …{text[Math.Max(0, other.Index - 60)..Math.Min(text.Length, other.Index + 60)]}…");
        }

        foreach (var where in ViewsWithAllStates)
        {
            var text = string.Join("\n", run.Texts.Where(t => t.Where == where).Select(t => t.Text));
            Assert.All(StateWords, word => Assert.Contains(word, text, StringComparison.Ordinal));
        }

        Assert.Contains("选交", run.Sheets["汇总"].SelectMany(r => r));
    }

    [Fact]
    public void Follow_up_is_the_second_sheet_with_contacts_last_arrival_last_receipt_and_one_line_of_what_is_missing()
    {
        Assert.Equal(["汇总", "今日需跟进", "问题清单", "未交名单", "典型案例", "证书与问卷"], run.Sheets.Keys);
        var rows = run.Sheets["今日需跟进"];
        Assert.Equal(["单位名称", "办学层次", "状态", "联系人", "电话", "联系邮箱", "最近来件（北京时间）", "最近回执（北京时间）", "还缺什么"], rows[0]);
        var summary = run.Sheets["汇总"].Skip(1).ToList();
        Assert.Equal(summary.Count(r => r[3] != "齐全"), rows.Count - 1);
        var railway = Assert.Single(rows, r => r[0] == WuhanRailway);
        // 最近回执 is when the run (as of 09:05) recorded the receipt, not the wall clock of the test.
        Assert.Equal(["未齐全", "周老师", "027-5156 0000", "1x@wru.example.cn", "2020-12-26 09:05", "2020-12-26 09:05"], railway[2..8]);
        Assert.StartsWith("评价报告", railway[8], StringComparison.Ordinal);
        var unreachable = Assert.Single(rows, r => r[0] == "湖北工程学院");
        Assert.Equal(["未交", "—", "—", "—", "—", "—", "工作总结报告缺Word版和盖章扫描件"], unreachable[2..]);
    }

    [Fact]
    public void Findings_sheet_has_no_missing_material_rows_names_problems_in_chinese_and_a_mailed_file_by_its_mail()
    {
        var rows = run.Sheets["问题清单"];
        Assert.Equal(["单位", "问题", "影响", "文件", "来件", "说明", "改正建议", "代码"], rows[0]);
        Assert.NotEmpty(rows.Skip(1));
        Assert.DoesNotContain(rows.Skip(1), r => r[^1] == "MATERIAL_MISSING");
        Assert.All(rows.Skip(1), r => Assert.DoesNotMatch("[A-Z_]{4,}", r[1]));
        Assert.Contains(rows, r => r[0] == WuhanRailway && r[4] == $"邮件“{Subject}”（2020-12-26 09:05 收到）");
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c.Contains("!/", StringComparison.Ordinal));
    }

    [Fact]
    public void Cases_sheet_lists_the_sent_typical_case_with_its_length_and_pictures()
    {
        var rows = run.Sheets["典型案例"];
        var story = Assert.Single(rows.Skip(1), r => r[0] == "武汉船舶职业技术学院");
        Assert.Matches(@"^\d+$", story[2]);
        Assert.Matches(@"^\d+$", story[3]);
        Assert.EndsWith(".docx", story[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Report_mail_says_the_days_left_todays_mail_by_subject_and_each_incomplete_gap()
    {
        var mail = Assert.Single(run.Texts, t => t.Where == "report mail").Text.Split(OfficeViewsRun.HtmlMark)[0];
        Assert.Contains("截止时间：2020-12-28 23:59，距截止还有 2 天。", mail, StringComparison.Ordinal);
        Assert.Contains("今日来件（2020-12-26）：", mail, StringComparison.Ordinal);
        Assert.Contains($"  · 邮件“{Subject}”（2020-12-26 09:05 收到）：{WuhanRailway}\n", mail, StringComparison.Ordinal);
        Assert.Matches($@"未齐全名单（\d+ 个）：\n(  \d+\. .+：.+\n)*  \d+\. {WuhanRailway}：评价报告", mail);
        Assert.Contains("湖北工程学院：名单中没有联系邮箱", mail, StringComparison.Ordinal);
    }

    [Fact]
    public void Remind_names_the_institution_it_could_not_remind_and_why()
    {
        Assert.Contains("未能提醒：湖北工程学院：名单中没有联系邮箱", run.RemindOutput, StringComparison.Ordinal);
    }
}
