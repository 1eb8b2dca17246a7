using System.Text.RegularExpressions;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Core.Reporting.Office;

namespace Pilot1X.Core.Tests.Reporting.Dashboard;

public sealed partial class DashboardFollowUpTests
{
    [GeneratedRegex("<section class=\"follow-up\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex Section();

    [Fact]
    public void Follow_up_lists_each_institution_not_complete_with_contacts_last_arrival_and_receipt_and_its_gap()
    {
        var data = DashboardSamples.Data();
        var receipt = new DateTimeOffset(2020, 12, 25, 3, 0, 0, TimeSpan.Zero);
        var rows = data.Summary.Rows.Select(r => r.Status == OfficeStatus.Incomplete ? r with { LastReceipt = receipt } : r).ToList();

        var html = Section().Match(DashboardPage.Render(data with { Summary = data.Summary with { Rows = rows } }, "n0nce")).Value;

        var lines = Regex.Matches(html, "<tr data-testid=\"follow-up-row\".*?</tr>").Select(m => m.Value).ToList();
        var expected = FollowUpItem.ListOf(data.Summary);
        Assert.Equal(expected.Count, lines.Count);
        Assert.Contains("今日需跟进（" + expected.Count + " 个单位）", html, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("data-status=\"complete\"", StringComparison.Ordinal));
        var incomplete = Assert.Single(lines, l => l.Contains("data-status=\"incomplete\"", StringComparison.Ordinal));
        Assert.Contains("<td>2020-12-25 11:00</td>", incomplete, StringComparison.Ordinal);
        Assert.DoesNotContain(DashboardSamples.MarkupName, html, StringComparison.Ordinal);
        Assert.Contains("缺盖章扫描件；评价报告缺Word版和盖章扫描件</td></tr>", incomplete, StringComparison.Ordinal);
        var silent = Assert.Single(lines, l => l.Contains("data-status=\"none\"", StringComparison.Ordinal));
        Assert.Contains("<td>-王老师</td><td>027-8888 0001</td><td>c@wh1.cn</td><td>—</td><td>—</td>", silent, StringComparison.Ordinal);
    }

    [Fact]
    public void When_everyone_is_complete_the_section_says_nobody_needs_following_up()
    {
        var data = DashboardSamples.Data();
        var rows = data.Summary.Rows.Select(r => r with { Status = OfficeStatus.Complete }).ToList();

        var html = Section().Match(DashboardPage.Render(data with { Summary = data.Summary with { Rows = rows } }, "n0nce")).Value;

        Assert.Contains("今日需跟进（0 个单位）", html, StringComparison.Ordinal);
        Assert.Contains("无需跟进", html, StringComparison.Ordinal);
    }
}
