using Pilot1X.Core.Certificates;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Tests.Reporting;

/// <summary>
/// The office's summary of two sampled institutions whose roster lists certificates, as a check reports them: one whose
/// evaluation report grades its four certificates (one 整改, one named but ungraded), one whose report forgets one
/// certificate and recommends revoking another (with a hostile certificate name), and one institution without certificates.
/// </summary>
internal static class CertificateViewSamples
{
    public const string HostileCertificate = "=HYPERLINK(\"x\")<b>智能财税</b>";

    public static readonly DateTimeOffset AsOf = new(2020, 12, 26, 18, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateTimeOffset Deadline = new(2020, 12, 28, 23, 59, 59, TimeSpan.FromHours(8));

    public static Institution Transport { get; } = new("湖北交通职业技术学院", [], true, ["1x@hbctc.example.cn"],
        ["建筑信息模型（BIM）", "物流管理", "电子商务数据分析", "网店运营推广"], SchoolLevel.Higher);

    public static Institution Railway { get; } = new("武汉铁路职业技术学院", [], true, ["1x@wru.example.cn"],
        [HostileCertificate, "工业机器人应用编程"], SchoolLevel.Higher);

    public static Institution Plain { get; } = new("湖北科技职业学院", [], false, [], [], SchoolLevel.Unknown);

    public static IReadOnlyList<CertificateReport> TransportCertificates { get; } =
    [
        new("建筑信息模型（BIM）", CertificateEvaluation.Graded, "优秀", SelfCheckCoverage.Covered) { Organisation = "廊坊市中科建筑产业化创新研究中心", Teachers = 6, Students = 14 },
        new("物流管理", CertificateEvaluation.Graded, "合格", SelfCheckCoverage.Covered) { Organisation = "北京中物联物流采购培训中心", Teachers = 5, Students = 9 },
        new("电子商务数据分析", CertificateEvaluation.Covered, null, SelfCheckCoverage.NotCovered),
        new("网店运营推广", CertificateEvaluation.Graded, "整改", SelfCheckCoverage.Covered) { Organisation = "中教畅享（北京）科技有限公司", Teachers = 5, Students = 10 },
    ];

    public static IReadOnlyList<CertificateReport> RailwayCertificates { get; } =
    [
        new(HostileCertificate, CertificateEvaluation.NotCovered, null, SelfCheckCoverage.NoReport),
        new("工业机器人应用编程", CertificateEvaluation.Graded, "建议取消试点资格", SelfCheckCoverage.NoReport) { Teachers = 2, Students = 3 },
    ];

    public static OfficeSummary Summary(bool questionnairesCounted = true)
    {
        var quota = questionnairesCounted
            ? [Finding.Of(FindingCode.QuestionnaireQuota, null, "“物流管理”证书的问卷目前有教师 5 名、学生 9 名作答。", "请组织填写问卷。")]
            : Array.Empty<Finding>();
        var transport = new InstitutionReport(Transport, true, Materials(Transport), [], quota) { Certificates = TransportCertificates };
        var railway = new InstitutionReport(Railway, false, Materials(Railway), [],
            [Finding.Of(FindingCode.CertificateNotCovered, "武汉铁路职业技术学院评价报告.docx", $"评价报告没有写到试点证书“{HostileCertificate}”。", "请在一、二、四部分写明该证书。")])
        { Certificates = RailwayCertificates };
        var plain = new InstitutionReport(Plain, false, Materials(Plain), [], [Finding.Of(FindingCode.MaterialMissing, null, "缺少总结报告。", "请提交")]);
        return OfficeSummary.FromCheck(new CheckReport(AsOf, Deadline, [transport, railway, plain], [], []));
    }

    /// <summary>The same institutions from a roster that lists no certificates.</summary>
    public static OfficeSummary WithoutCertificates() =>
        OfficeSummary.FromCheck(new CheckReport(AsOf, Deadline,
            [new InstitutionReport(new Institution(Transport.Name, [], true, Transport.Contacts, [], Transport.Level), true, Materials(Transport), [], []), new InstitutionReport(Plain, false, Materials(Plain), [], [])], [], []));

    private static IReadOnlyList<MaterialReport> Materials(Institution institution) =>
        [new MaterialReport(MaterialKind.Summary, true, MaterialState.Ok, MaterialState.Ok, []), .. institution.Sampled
            ? [new MaterialReport(MaterialKind.Evaluation, true, MaterialState.Ok, MaterialState.Ok, [])] : Array.Empty<MaterialReport>()];
}
