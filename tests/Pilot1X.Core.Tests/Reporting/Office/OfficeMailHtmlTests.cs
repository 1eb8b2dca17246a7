using Pilot1X.Core.Reporting.Office;

namespace Pilot1X.Core.Tests.Reporting.Office;

public sealed class OfficeMailHtmlTests
{
    private static readonly OfficeSummary Summary = OfficeSummary.FromCheck(OfficeSamples.Report());

    [Fact]
    public void Headline_counts_complete_incomplete_and_nothing_received()
    {
        var html = OfficeMailHtml.Render(Summary);
        Assert.Contains("名单内单位 <b>3</b> 个：齐全 <b>1</b> 个，未齐全 <b>1</b> 个，未交 <b>1</b> 个", html, StringComparison.Ordinal);
        Assert.Contains("齐全 1，未齐全 1，未交 1", OfficeMailHtml.Subject(Summary), StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_are_broken_down_by_school_level()
    {
        var html = OfficeMailHtml.Render(Summary);
        Assert.Contains("<tr><td>中职</td><td>1</td><td>0</td><td>0</td><td>1</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>高职</td><td>1</td><td>1</td><td>0</td><td>0</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>本科</td><td>1</td><td>0</td><td>1</td><td>0</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("未注明层次", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_list_names_the_institutions_that_sent_nothing()
    {
        var html = OfficeMailHtml.Render(Summary);
        Assert.Contains("<li>武汉市第一职业教育中心（中职）</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<li>武汉职业技术学院", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Submitted_text_is_html_encoded_and_chinese_stays_readable()
    {
        var silent = OfficeSamples.Incomplete with { Name = "<script>alert(1)</script>学校" };
        var row = new OfficeRow(silent, OfficeStatus.NothingReceived, [], null, null, null, null, []);
        var html = OfficeMailHtml.Render(Summary with { Rows = [row] });
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;学校", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headline_says_how_many_days_are_left_then_today_and_then_how_long_past()
    {
        Assert.Contains("截止时间：2020-12-28 23:59，<b>距截止还有 2 天</b>。", OfficeMailHtml.Render(Summary), StringComparison.Ordinal);
        Assert.Contains("<b>今天截止</b>", OfficeMailHtml.Render(Summary with { AsOf = OfficeSamples.Deadline.AddHours(-1) }), StringComparison.Ordinal);
        Assert.Contains("<b>已过截止时间 3 天</b>", OfficeMailHtml.Render(Summary with { AsOf = OfficeSamples.Deadline.AddDays(3) }), StringComparison.Ordinal);
    }

    [Fact]
    public void Todays_arrivals_are_those_of_the_report_day_in_china_time_each_mail_by_subject()
    {
        var arrivals = new OfficeArrival[]
        {
            new(new DateTimeOffset(2020, 12, 25, 15, 59, 0, TimeSpan.Zero), ["武汉职业技术学院"], "昨天的邮件"),
            new(new DateTimeOffset(2020, 12, 25, 16, 5, 0, TimeSpan.Zero), ["湖北工业大学<b>"], "<i>补交"),
            new(new DateTimeOffset(2020, 12, 26, 0, 30, 0, TimeSpan.Zero), ["武汉职业技术学院"], null),
            new(new DateTimeOffset(2020, 12, 26, 3, 0, 0, TimeSpan.Zero), [], "报告之后才到"),
        };
        var html = OfficeMailHtml.Render(Summary with { Arrivals = arrivals });
        Assert.Contains("<h2>今日来件（2020-12-26）</h2>\n<ul>\n<li>邮件“&lt;i&gt;补交”（2020-12-26 00:05 收到）：湖北工业大学&lt;b&gt;</li>\n"
            + "<li>上传（2020-12-26 08:30 收到）：武汉职业技术学院</li>\n</ul>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("昨天的邮件", html, StringComparison.Ordinal);
        Assert.DoesNotContain("报告之后才到", html, StringComparison.Ordinal);
        Assert.Contains("<h2>今日来件（2020-12-26）</h2>\n<p>无。</p>", OfficeMailHtml.Render(Summary), StringComparison.Ordinal);
    }

    [Fact]
    public void Incomplete_institutions_are_named_each_with_its_one_line_gap()
    {
        var html = OfficeMailHtml.Render(Summary);
        Assert.Contains("<h2>未齐全名单（1 个）</h2>\n<ol>\n<li><b>湖北工业大学&lt;b&gt;</b>：工作总结报告Word版", html, StringComparison.Ordinal);
        Assert.Contains("缺盖章扫描件；评价报告缺Word版和盖章扫描件</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Institutions_that_cannot_be_reminded_are_named_with_the_reason_and_whom_to_call()
    {
        var unreachable = OfficeSamples.Silent with { Contacts = [] };
        var rows = Summary.Rows.Select(r => r.Institution == OfficeSamples.Silent ? r with { Institution = unreachable } : r).ToList();
        var html = OfficeMailHtml.Render(Summary with { Rows = rows });
        Assert.Contains("<h2>无法自动提醒的单位（1 个，请电话联系）</h2>\n<ul>\n<li>武汉市第一职业教育中心：名单中没有联系邮箱（联系人 -王老师，电话 027-8888 0001）</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("无法自动提醒", OfficeMailHtml.Render(Summary), StringComparison.Ordinal);
    }
}
