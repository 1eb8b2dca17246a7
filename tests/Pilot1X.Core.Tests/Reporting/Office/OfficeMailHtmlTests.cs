using Pilot1X.Core.Reporting.Office;

namespace Pilot1X.Core.Tests.Reporting.Office;

public sealed class OfficeMailHtmlTests
{
    private static readonly OfficeSummary Summary = OfficeSummary.FromCheck(OfficeSamples.Report());

    [Fact]
    public void Headline_counts_complete_incomplete_and_nothing_received()
    {
        var html = OfficeMailHtml.Render(Summary);
        Assert.Contains("名单内单位 <b>3</b> 个：材料齐全 <b>1</b> 个，未齐全 <b>1</b> 个，未收到任何材料 <b>1</b> 个", html, StringComparison.Ordinal);
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
}
