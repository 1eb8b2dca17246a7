using Pilot1X.Core.Certificates;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;
using Pilot1X.Mail.Reports;

namespace Pilot1X.Mail.Tests.Reports;

/// <summary>The report mail's plain text names what the office reports upward: certificates graded 整改 or 建议取消试点资格.</summary>
public sealed class OfficeReportCertificatesTests
{
    private static readonly DateTimeOffset AsOf = new(2020, 12, 26, 18, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Deadline = new(2020, 12, 28, 23, 59, 59, TimeSpan.FromHours(8));

    [Fact]
    public void Plain_text_lists_certificates_graded_for_rectification_or_revocation_with_organisation_in_roster_order()
    {
        var transport = new Institution("湖北交通职业技术学院", [], true, [], ["建筑信息模型（BIM）", "网店运营推广"], SchoolLevel.Higher);
        var railway = new Institution("武汉铁路职业技术学院", [], true, [], ["工业机器人应用编程"], SchoolLevel.Higher);
        var summary = OfficeSummary.FromCheck(new CheckReport(AsOf, Deadline,
        [
            Report(transport,
                new CertificateReport("建筑信息模型（BIM）", CertificateEvaluation.Graded, "优秀", SelfCheckCoverage.Covered),
                new CertificateReport("网店运营推广", CertificateEvaluation.Graded, "整改", SelfCheckCoverage.Covered) { Organisation = "中教畅享（北京）科技有限公司" }),
            Report(railway, new CertificateReport("工业机器人应用编程", CertificateEvaluation.Graded, "建议取消试点资格", SelfCheckCoverage.NotCovered)),
        ], [], []));

        var text = OfficeReportText.Plain(summary, "汇总表-20201226.xlsx");

        Assert.Contains("评价为“整改”或“建议取消试点资格”的证书（需上报）：\n"
            + "  1. 湖北交通职业技术学院 · 网店运营推广（培训评价组织：中教畅享（北京）科技有限公司）：整改\n"
            + "  2. 武汉铁路职业技术学院 · 工业机器人应用编程：建议取消试点资格\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("建筑信息模型", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_without_roster_certificates_says_in_one_line_what_the_check_needs()
    {
        var plain = new Institution("湖北科技职业学院", [], false, [], [], SchoolLevel.Higher);
        var text = OfficeReportText.Plain(OfficeSummary.FromCheck(new CheckReport(AsOf, Deadline, [Report(plain)], [], [])), "汇总表.xlsx");
        Assert.Equal(1, text.Split('\n').Count(l => l == CertificateLabels.RosterWithoutCertificates));
        Assert.DoesNotContain("需上报", text, StringComparison.Ordinal);
    }

    private static InstitutionReport Report(Institution institution, params CertificateReport[] certificates) =>
        new(institution, false, [new MaterialReport(MaterialKind.Summary, true, MaterialState.Ok, MaterialState.Missing, [])], [], []) { Certificates = certificates };
}
