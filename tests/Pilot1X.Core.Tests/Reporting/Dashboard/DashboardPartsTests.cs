using System.Text.RegularExpressions;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Dashboard;

namespace Pilot1X.Core.Tests.Reporting.Dashboard;

public sealed class DashboardPartsTests
{
    [Theory]
    [InlineData(MaterialKind.Summary, true, MaterialState.Missing, true, "缺少", "st-missing")]
    [InlineData(MaterialKind.Summary, true, MaterialState.Invalid, false, "有误", "st-invalid")]
    [InlineData(MaterialKind.Case, false, MaterialState.Ok, true, "合格", "st-ok")]
    [InlineData(MaterialKind.Case, false, MaterialState.Missing, false, "无需提交", "st-na")]
    [InlineData(MaterialKind.Case, false, MaterialState.Missing, true, "缺少", "st-missing")]
    public void A_cell_is_labelled_and_coloured_as_completeness_judges_it(MaterialKind kind, bool required, MaterialState state, bool word, string label, string css)
    {
        var material = new MaterialReport(kind, required, word ? state : MaterialState.Ok, word ? MaterialState.Ok : state, []);

        Assert.Equal(new DashboardCell(label, css), DashboardCell.Of(material, word));
    }

    [Theory]
    [InlineData("湖北交通职业技术学院1+X证书制度试点工作总结报告.doc", "Word（.doc，未检查）")]
    [InlineData("inbox/1.eml!/总结报告.WPS", "Word（.wps，未检查）")]
    public void A_legacy_word_version_is_amber_and_says_which_file_came_unchecked(string file, string label)
    {
        var material = new MaterialReport(MaterialKind.Summary, true, MaterialState.Unchecked, MaterialState.Ok, [file, "总结报告（盖章扫描版）.pdf"]);

        Assert.Equal(new DashboardCell(label, "st-invalid"), DashboardCell.Of(material, word: true));
        Assert.Equal(new DashboardCell("合格", "st-ok"), DashboardCell.Of(material, word: false));
    }

    [Fact]
    public void A_material_the_institution_neither_owes_nor_sent_is_grey()
    {
        Assert.Equal(DashboardCell.NotOwed, DashboardCell.Of(null, word: true));
    }

    [Fact]
    public void Response_headers_name_the_page_type_policy_and_every_protection()
    {
        var headers = DashboardPage.ResponseHeaders("abc123").ToDictionary(h => h.Key, h => h.Value, StringComparer.Ordinal);

        Assert.Equal("text/html; charset=utf-8", headers["Content-Type"]);
        Assert.Equal(DashboardPage.ContentSecurityPolicy("abc123"), headers["Content-Security-Policy"]);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("no-referrer", headers["Referrer-Policy"]);
        Assert.Equal("no-store", headers["Cache-Control"]);
        Assert.Equal("DENY", headers["X-Frame-Options"]);
    }

    [Fact]
    public void Without_submissions_the_chart_shows_the_week_before_the_deadline_and_says_nothing_arrived()
    {
        var data = DashboardSamples.Data() with { Submissions = [] };

        var html = DashboardPage.Render(data, "n0nce");

        var dates = Regex.Matches(html, "data-testid=\"chart-bar\" data-date=\"([\\d-]+)\" data-count=\"0\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["2020-12-22", "2020-12-23", "2020-12-24", "2020-12-25", "2020-12-26", "2020-12-27", "2020-12-28"], dates);
        Assert.Contains("尚无任何报送", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"deadline-line\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_intake_keeps_the_chart_to_the_last_92_days_but_counts_earlier_senders()
    {
        var data = DashboardSamples.Data();
        var early = new DashboardSubmission("old", data.Summary.Deadline.AddDays(-200), [DashboardSamples.MarkupName]);
        var timeline = DashboardTimeline.From(data with { Submissions = [early, .. data.Submissions] });

        Assert.Equal(DashboardTimeline.MaxDays, timeline.Days.Count);
        Assert.Equal(new DateOnly(2020, 12, 28), timeline.Days[^1]);
        Assert.Equal(1, timeline.Cumulative[0]);
        Assert.Equal(2, timeline.Cumulative[^1]);
    }

    [Fact]
    public void The_deadline_line_sits_at_the_end_of_the_deadline_day()
    {
        var timeline = DashboardTimeline.From(DashboardSamples.Data());

        Assert.Equal(new DateOnly(2020, 12, 28), timeline.DeadlineDay);
        Assert.InRange(timeline.DeadlineFraction, 0.999, 1.0);
    }
}
