using System.Text.RegularExpressions;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Dashboard;

namespace Pilot1X.Core.Tests.Reporting.Dashboard;

public sealed class DashboardPageTests
{
    private const string Nonce = "bm9uY2UtZm9yLXRlc3Rz";
    private static readonly string Html = DashboardPage.Render(DashboardSamples.Data(), Nonce);

    [Fact]
    public void Page_is_a_chinese_html5_document_that_loads_nothing_from_elsewhere()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", Html, StringComparison.Ordinal);
        // The only link is an empty data: icon, so browsers do not ask the server for /favicon.ico.
        Assert.Equal(["<link rel=\"icon\" href=\"data:,\">"], Regex.Matches(Html, "<link[^>]*>").Select(m => m.Value));
        Assert.DoesNotContain(" src=", Html, StringComparison.Ordinal);
        Assert.Equal(1, Count(" href="));
        Assert.DoesNotContain("url(", Html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", Html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", Html, StringComparison.Ordinal);
        Assert.DoesNotContain(" on", Regex.Replace(Html, "<script nonce=[^>]*>[\\s\\S]*?</script>", string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_style_and_script_carry_the_nonce_the_policy_allows()
    {
        Assert.Equal(1, Count("<style nonce=\"" + Nonce + "\">"));
        Assert.Equal(1, Count("<script nonce=\"" + Nonce + "\">"));
        Assert.Equal(1, Count("<script"));
        Assert.Equal(
            "default-src 'none'; style-src 'nonce-" + Nonce + "'; script-src 'nonce-" + Nonce + "'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            DashboardPage.ContentSecurityPolicy(Nonce));
    }

    [Fact]
    public void A_nonce_that_could_break_out_of_its_attribute_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DashboardPage.Render(DashboardSamples.Data(), "x\"><script>"));
        Assert.Throws<ArgumentException>(() => DashboardPage.ContentSecurityPolicy("a'; script-src *"));
        Assert.NotEqual(DashboardPage.NewNonce(), DashboardPage.NewNonce());
    }

    [Fact]
    public void Headline_shows_roster_size_and_each_status_count_with_times_in_cst()
    {
        Assert.Contains("data-testid=\"count-total\">3<", Html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"count-complete\">1<", Html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"count-incomplete\">1<", Html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"count-none\">1<", Html, StringComparison.Ordinal);
        Assert.Contains("<tr data-level=\"higher\"><th scope=\"row\">高职</th><td>1</td><td>1</td><td>0</td><td>0</td></tr>", Html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"as-of\">2020-12-26 09:00<", Html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"deadline\">2020-12-28 23:59<", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrix_has_one_row_per_roster_institution_with_the_codes_the_filters_read()
    {
        var rows = Regex.Matches(Html, "<tr data-testid=\"row\" data-row=\"(\\d)\" data-level=\"(\\w+)\" data-sampled=\"(\\w+)\" data-status=\"(\\w+)\">");
        Assert.Equal(
            ["higher/no/complete", "undergraduate/yes/incomplete", "secondary/no/none"],
            rows.Select(m => $"{m.Groups[2].Value}/{m.Groups[3].Value}/{m.Groups[4].Value}"));
        Assert.Contains("显示 <span id=\"shown-count\">3</span> / <span id=\"total-count\">3</span> 个单位", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_legacy_word_version_reads_word_doc_unchecked_in_the_matrix()
    {
        var data = DashboardSamples.Data();
        var legacy = new MaterialReport(MaterialKind.Summary, true, MaterialState.Unchecked, MaterialState.Ok,
            ["武汉职业技术学院1+X证书制度试点工作总结报告.doc", "武汉职业技术学院1+X证书制度试点工作总结报告（盖章扫描版）.pdf"]);
        var rows = data.Summary.Rows.Select((r, i) => i == 0 ? r with { Materials = [legacy] } : r).ToList();

        var html = DashboardPage.Render(data with { Summary = data.Summary with { Rows = rows } }, Nonce);

        var first = Regex.Match(html, "<tr data-testid=\"row\"[\\s\\S]*?</tr>").Value;
        Assert.Contains("<span class=\"st st-invalid\" data-testid=\"cell-summary-word\">Word（.doc，未检查）</span>", first, StringComparison.Ordinal);
        Assert.Contains("<span class=\"st st-ok\" data-testid=\"cell-summary-scan\">扫描件 合格</span>", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_are_coloured_by_state_ok_invalid_missing_and_not_owed()
    {
        var rows = Regex.Matches(Html, "<tr data-testid=\"row\"[\\s\\S]*?</tr>").Select(m => m.Value).ToList();
        Assert.Contains("<span class=\"st st-ok\" data-testid=\"cell-summary-word\">Word 合格</span>", rows[0], StringComparison.Ordinal);
        Assert.Contains("<span class=\"st st-ok\" data-testid=\"cell-summary-scan\">扫描件 合格</span>", rows[0], StringComparison.Ordinal);
        Assert.Contains("<span class=\"st st-na\" data-testid=\"cell-evaluation-word\">Word 无需提交</span>", rows[0], StringComparison.Ordinal);
        Assert.Contains("<span class=\"st st-invalid\" data-testid=\"cell-summary-word\">Word 有误</span>", rows[1], StringComparison.Ordinal);
        Assert.Contains("<span class=\"st st-missing\" data-testid=\"cell-summary-scan\">扫描件 缺少</span>", rows[1], StringComparison.Ordinal);
        Assert.Contains("<span class=\"st st-missing\" data-testid=\"cell-evaluation-word\">Word 缺少</span>", rows[1], StringComparison.Ordinal);
        Assert.Contains("<span class=\"st st-na\" data-testid=\"cell-case-word\">Word 无需提交</span>", rows[2], StringComparison.Ordinal);
        Assert.Contains(".st-ok,.status-complete{background:#d7f0d9", Html, StringComparison.Ordinal);
        Assert.Contains(".st-invalid,.status-incomplete{background:#ffe9b3", Html, StringComparison.Ordinal);
        Assert.Contains(".st-missing,.status-none{background:#fbd3d3", Html, StringComparison.Ordinal);
        Assert.Contains(".st-na{background:#e6e6e6", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Submitted_names_and_file_names_are_html_encoded_everywhere()
    {
        Assert.DoesNotContain("<script>alert", Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;script&gt;.docx", Html, StringComparison.Ordinal);
        Assert.DoesNotContain(DashboardSamples.MarkupName, Html, StringComparison.Ordinal);
        Assert.Contains("测试&quot;学院&#x27;&amp;&lt;&gt;", Html, StringComparison.Ordinal);
        Assert.DoesNotContain("=HYPERLINK(\"", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_institution_has_a_hidden_detail_with_its_files_and_findings()
    {
        var details = Regex.Matches(Html, "<article class=\"detail\" id=\"detail-(\\d)\" data-testid=\"detail\" tabindex=\"-1\" hidden[\\s\\S]*?</article>").Select(m => m.Value).ToList();
        Assert.Equal(3, details.Count);
        Assert.Contains("<td>5200 字</td><td>—</td><td>6/6（第1、2、3、4、5、6部分）</td><td>2020-12-20 10:00</td>", details[0], StringComparison.Ordinal);
        Assert.Contains("<td>3 页</td><td>检测到红色公章</td>", details[0], StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-findings\"", details[0], StringComparison.Ordinal);
        Assert.Contains("<tr data-testid=\"file\" class=\"replaced\">", details[1], StringComparison.Ordinal);
        Assert.Contains("2/6（第1、2部分）", details[1], StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(details[1], "data-testid=\"finding\""));
        Assert.Contains("<code>SECTION_MISSING</code>", details[1], StringComparison.Ordinal);
        Assert.Contains("该单位尚无任何文件（未交）", details[2], StringComparison.Ordinal);
        Assert.Contains("data-detail=\"detail-1\">测试&quot;学院", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_shows_the_name_the_school_gave_it_never_the_path_it_is_stored_under()
    {
        var detail = Regex.Match(Html, "<article class=\"detail\" id=\"detail-0\"[\\s\\S]*?</article>").Value;

        Assert.Contains("<td class=\"file\"><span class=\"leaf\">武汉职业技术学院-工作总结报告.docx</span></td>", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("a/武汉职业技术学院-工作总结报告.docx", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_has_one_bar_per_cst_day_and_a_deadline_line()
    {
        var bars = Regex.Matches(Html, "data-testid=\"chart-bar\" data-date=\"([\\d-]+)\" data-count=\"(\\d+)\"")
            .ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(10, bars.Count);
        Assert.Equal("2020-12-19", bars.Keys.First());
        Assert.Equal("2020-12-28", bars.Keys.Last());
        Assert.Equal(1, bars["2020-12-19"]);
        Assert.Equal(2, bars["2020-12-20"]);
        Assert.Equal(0, bars["2020-12-24"]);
        Assert.Equal(1, bars["2020-12-25"]);
        Assert.Equal(4, bars.Values.Sum());
        Assert.Equal(1, Count("data-testid=\"deadline-line\""));
        Assert.Contains("<title id=\"chart-title\">", Html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Cumulative_line_counts_roster_institutions_that_sent_something()
    {
        Assert.Contains("共 4 次报送，2 个名单内单位已报送材料", Html, StringComparison.Ordinal);
        Assert.Contains("2020-12-19：报送 1 次，累计 1 个单位", Html, StringComparison.Ordinal);
        Assert.Contains("2020-12-20：报送 2 次，累计 2 个单位", Html, StringComparison.Ordinal);
    }

    private static int Count(string marker) => Regex.Count(Html, Regex.Escape(marker));
}
