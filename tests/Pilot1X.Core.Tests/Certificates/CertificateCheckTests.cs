using System.Text.Json;
using Pilot1X.Core.Certificates;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Core.Tests.Checking;
using Pilot1X.Samples;
using static Pilot1X.Core.Tests.Certificates.CertificateReports;

namespace Pilot1X.Core.Tests.Certificates;

public sealed class CertificateCheckTests
{
    private const string Stem = "1+X证书制度试点工作";
    private const string EvaluationFile = School + "对培训评价组织" + Stem + "评价报告.docx";
    private const string SummaryFile = School + Stem + "总结报告.docx";

    private static InstitutionRoster Roster(bool sampled = true, params string[] certificates) =>
        new([new Institution(School, [], sampled, [], certificates, SchoolLevel.Higher)]);

    private static InstitutionRoster TwoCertificates() => Roster(true, "建筑信息模型（BIM）", "Web前端开发");

    private static CheckReport Check(InstitutionRoster roster, params (string, byte[])[] files) => EngineHarness.Check(roster, null, files);

    private static byte[] GradedBimOnly() => Evaluation(
        b => b.Paragraph("我校参与建筑信息模型（BIM）证书试点。"),
        CertificateReports.Nothing,
        b => b.Paragraph("建筑信息模型（BIM）证书试点工作评价为合格。"));

    [Fact]
    public void A_certificate_the_evaluation_report_never_names_makes_its_word_version_invalid_with_the_fix()
    {
        var school = Check(TwoCertificates(), (EvaluationFile, GradedBimOnly())).Institution(School);

        var finding = Assert.Single(school.Findings, f => f.Code == FindingCode.CertificateNotCovered);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("“Web前端开发”", finding.Message, StringComparison.Ordinal);
        Assert.Contains(EvaluationFile, finding.Message, StringComparison.Ordinal);
        Assert.Contains("第一、二、四部分", finding.Suggestion, StringComparison.Ordinal);
        Assert.Equal(MaterialState.Invalid, school.Materials.Single(m => m.Kind == MaterialKind.Evaluation).Word);
        Assert.Equal(
            [("建筑信息模型（BIM）", CertificateEvaluation.Graded, "合格"), ("Web前端开发", CertificateEvaluation.NotCovered, null)],
            school.Certificates.Select(c => (c.Name, c.Evaluation, c.Grade)));
    }

    [Fact]
    public void A_named_certificate_without_a_grade_is_a_warning_and_covered()
    {
        var docx = Evaluation(
            b => b.Paragraph("我校参与BIM、Web前端开发两个证书试点。"),
            CertificateReports.Nothing,
            b => b.Paragraph("建筑信息模型（BIM）证书试点工作评价为优秀。Web前端开发证书培训评价组织服务总体较好。"));

        var school = Check(TwoCertificates(), (EvaluationFile, docx)).Institution(School);

        var finding = Assert.Single(school.Findings, f => f.Code == FindingCode.CertificateGradeMissing);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("“Web前端开发”", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(school.Findings, f => f.Code == FindingCode.CertificateNotCovered);
        Assert.Equal(MaterialState.Ok, school.Materials.Single(m => m.Kind == MaterialKind.Evaluation).Word);
        Assert.Equal(CertificateEvaluation.Covered, school.Certificates.Single(c => c.Name == "Web前端开发").Evaluation);
    }

    [Fact]
    public void The_summary_self_check_missing_a_certificate_is_a_warning_and_shown_per_certificate()
    {
        var summary = Summary("经自查，建筑信息模型（BIM）证书试点工作达到预期，自评为合格档。");

        var school = Check(TwoCertificates(), (SummaryFile, summary)).Institution(School);

        var finding = Assert.Single(school.Findings, f => f.Code == FindingCode.SelfCheckCertificateMissing);
        Assert.Contains("“Web前端开发”", finding.Message, StringComparison.Ordinal);
        Assert.Equal([SelfCheckCoverage.Covered, SelfCheckCoverage.NotCovered], school.Certificates.Select(c => c.SelfCheck));
        Assert.All(school.Certificates, c => Assert.Equal(CertificateEvaluation.NoReport, c.Evaluation));
    }

    [Fact]
    public void Without_an_evaluation_report_a_sampled_institution_has_no_report_and_another_needs_none()
    {
        var sampled = Check(Roster(true, "物流管理")).Institution(School).Certificates.Single();
        var notSampled = Check(Roster(false, "物流管理")).Institution(School).Certificates.Single();

        Assert.Equal((CertificateEvaluation.NoReport, SelfCheckCoverage.NoReport), (sampled.Evaluation, sampled.SelfCheck));
        Assert.Equal(CertificateEvaluation.NotRequired, notSampled.Evaluation);
        Assert.Equal((0, 0, false), (sampled.Teachers, sampled.Students, sampled.QuotaMet));
    }

    [Fact]
    public void A_roster_without_certificates_raises_no_certificate_finding()
    {
        var school = Check(Roster(true), (EvaluationFile, GradedBimOnly())).Institution(School);

        Assert.Empty(school.Certificates);
        Assert.DoesNotContain(school.Findings, f => f.Code.StartsWith("CERTIFICATE", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_carries_the_contract_certificate_objects_and_an_empty_array_without_certificates()
    {
        var graded = Json(Check(TwoCertificates(), (EvaluationFile, GradedBimOnly())));
        var none = Json(Check(Roster(true), (EvaluationFile, GradedBimOnly())));

        var certificates = graded.GetProperty("institutions")[0].GetProperty("certificates");
        Assert.Equal(2, certificates.GetArrayLength());
        var bim = certificates[0];
        Assert.Equal(
            ["name", "evaluation", "grade", "selfCheck", "teachers", "students", "quotaMet"],
            bim.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("建筑信息模型（BIM）", "graded", "合格", "no_report"),
            (bim.GetProperty("name").GetString(), bim.GetProperty("evaluation").GetString(), bim.GetProperty("grade").GetString(), bim.GetProperty("selfCheck").GetString()));
        Assert.Equal(JsonValueKind.Null, certificates[1].GetProperty("grade").ValueKind);
        Assert.Equal("not_covered", certificates[1].GetProperty("evaluation").GetString());
        Assert.Equal(0, none.GetProperty("institutions")[0].GetProperty("certificates").GetArrayLength());
    }

    [Fact]
    public void Check_text_lists_each_certificate_and_says_once_when_the_roster_has_none()
    {
        var withCertificates = Text(Check(TwoCertificates(), (EvaluationFile, GradedBimOnly())));
        var without = Text(Check(Roster(true), (EvaluationFile, GradedBimOnly())));

        Assert.Contains("建筑信息模型（BIM）：评价为合格", withCertificates, StringComparison.Ordinal);
        Assert.Contains("Web前端开发：评价报告未写到", withCertificates, StringComparison.Ordinal);
        Assert.DoesNotContain("试点证书”列", withCertificates, StringComparison.Ordinal);
        Assert.Single(without.Split('\n'), line => line.Contains("试点证书”列", StringComparison.Ordinal));
    }

    private static JsonElement Json(CheckReport report)
    {
        using var stream = new MemoryStream();
        CheckReportJson.Write(stream, report);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    private static string Text(CheckReport report)
    {
        using var writer = new StringWriter();
        CheckReportText.Write(writer, report);
        return writer.ToString();
    }
}
