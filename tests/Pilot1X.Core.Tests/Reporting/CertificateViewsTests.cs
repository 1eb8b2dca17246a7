using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Core.Reminders;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Core.Reporting.Office;
using static Pilot1X.Core.Tests.Reporting.CertificateViewSamples;

namespace Pilot1X.Core.Tests.Reporting;

/// <summary>The workbook, dashboard, reminder and report mail all show the rows' CertificateReports, the same words for the same values.</summary>
public sealed class CertificateViewsTests
{
    [Fact]
    public void Workbook_sheet_lists_every_roster_certificate_with_organisation_grade_self_check_answers_and_quota()
    {
        var rows = SheetRows(Summary());
        Assert.Equal(["单位名称", "证书", "培训评价组织", "评价等级", "自查", "教师", "学生", "达标"], rows[0]);
        Assert.Equal(7, rows.Count);
        Assert.Equal(["湖北交通职业技术学院", "建筑信息模型（BIM）", "廊坊市中科建筑产业化创新研究中心", "优秀", "已写到", "6", "14", "是"], rows[1]);
        Assert.Equal(["湖北交通职业技术学院", "物流管理", "北京中物联物流采购培训中心", "合格", "已写到", "5", "9", "否"], rows[2]);
        Assert.Equal(["湖北交通职业技术学院", "电子商务数据分析", "—", "已写到，未评等级", "未写到", "0", "0", "否"], rows[3]);
        Assert.Equal("整改", rows[4][3]);
        // A certificate name that looks like a formula stays text.
        Assert.Equal(["武汉铁路职业技术学院", "'" + HostileCertificate, "—", "未写到", "未交报告", "0", "0", "否"], rows[5]);
        Assert.Equal("建议取消试点资格", rows[6][3]);
    }

    [Fact]
    public void Workbook_sheet_says_in_one_line_that_coverage_needs_the_certificate_column_when_the_roster_lists_none()
    {
        var rows = SheetRows(WithoutCertificates());
        Assert.Equal(2, rows.Count);
        Assert.Equal([CertificateLabels.RosterWithoutCertificates], rows[1]);
    }

    [Fact]
    public void Dashboard_matrix_shows_how_many_certificates_are_graded_and_the_detail_each_certificate_escaped()
    {
        var html = DashboardPage.Render(new DashboardData(Summary(), [], []), "bm9uY2UtZm9yLXRlc3Rz");
        Assert.Contains("<th scope=\"col\">证书</th>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"st st-invalid\" data-testid=\"certificates\">3/4 已评</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"st st-missing\" data-testid=\"certificates\">1/2 已评</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"st st-na\" data-testid=\"certificates\">—</span>", html, StringComparison.Ordinal);
        Assert.Equal(6, Count(html, "<tr data-testid=\"certificate\">"));
        Assert.Contains("<th scope=\"row\">网店运营推广</th><td>中教畅享（北京）科技有限公司</td><td><span class=\"st st-missing\">整改</span></td><td>已写到</td><td>教师 5/5，学生 10/10</td><td>是</td>",
            html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>智能财税", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;智能财税&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("certificates-note", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Dashboard_without_roster_certificates_keeps_its_matrix_and_adds_the_one_line()
    {
        var html = DashboardPage.Render(new DashboardData(WithoutCertificates(), [], []), "bm9uY2UtZm9yLXRlc3Rz");
        Assert.Equal(1, Count(html, "data-testid=\"certificates-note\""));
        Assert.Contains("“试点证书”列", html, StringComparison.Ordinal);
        Assert.DoesNotContain("certificate-table", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Reminder_lists_each_certificate_short_of_its_questionnaire_quota_with_both_counts_and_what_is_still_needed()
    {
        var transport = Summary().Rows[0];
        var items = ReminderText.Items(transport);
        var quota = Assert.Single(items, i => i.StartsWith("试点证书", StringComparison.Ordinal) && i.Contains("物流管理", StringComparison.Ordinal));
        Assert.Contains("教师 5 名、学生 9 名", quota, StringComparison.Ordinal);
        Assert.Contains("学生 1 名", quota, StringComparison.Ordinal);
        Assert.Contains(items, i => i.Contains("“电子商务数据分析”", StringComparison.Ordinal) && i.Contains("教师 0 名、学生 0 名", StringComparison.Ordinal));
        Assert.DoesNotContain(items, i => i.Contains("“网店运营推广”的问卷", StringComparison.Ordinal) || i.Contains("“建筑信息模型（BIM）”的问卷", StringComparison.Ordinal));
    }

    [Fact]
    public void Reminder_says_nothing_of_quotas_before_any_questionnaire_export_is_counted_and_keeps_the_uncovered_certificate_error()
    {
        Assert.DoesNotContain(ReminderText.Items(Summary(questionnairesCounted: false).Rows[0]), i => i.Contains("问卷", StringComparison.Ordinal));
        Assert.Contains(ReminderText.Items(Summary().Rows[1]), i => i.Contains("没有写到试点证书", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_mail_lists_the_certificates_graded_for_rectification_or_revocation_and_nothing_else()
    {
        var summary = Summary();
        Assert.Equal(
            ["湖北交通职业技术学院 · 网店运营推广（培训评价组织：中教畅享（北京）科技有限公司）：整改", "武汉铁路职业技术学院 · 工业机器人应用编程：建议取消试点资格"],
            CertificatesReportedUpward.Lines(summary));
        var html = OfficeMailHtml.Render(summary);
        Assert.Contains("<h2>评价为“整改”或“建议取消试点资格”的证书（需上报）</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li>武汉铁路职业技术学院 · 工业机器人应用编程：建议取消试点资格</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("优秀", html, StringComparison.Ordinal);
        Assert.Contains(CertificateLabels.RosterWithoutCertificates, OfficeMailHtml.Render(WithoutCertificates()), StringComparison.Ordinal);
    }

    private static List<List<string>> SheetRows(OfficeSummary summary)
    {
        using var stream = new MemoryStream();
        OfficeWorkbook.Write(stream, summary);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == OfficeWorkbook.CertificatesSheet);
        var worksheet = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
        return [.. worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? string.Empty).ToList())];
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
