using System.Text;
using System.Text.Json;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Checking;

public sealed class CheckEngineQuestionnaireTests
{
    private static readonly DateTime Start = new(2020, 12, 20, 9, 0, 0);

    private static InstitutionRoster Roster()
    {
        using var stream = new MemoryStream(RosterFileBuilder.Csv(SampleRoster.Rows, RosterCsvEncoding.Utf8));
        return RosterLoader.LoadCsv(stream);
    }

    private static IEnumerable<QuestionnaireAnswer> Repeat(int count, string school, string role, string certificate) =>
        Enumerable.Repeat(new QuestionnaireAnswer(school, role, certificate), count);

    private static byte[] Export(DateTime start, params IEnumerable<QuestionnaireAnswer>[] answers) =>
        QuestionnaireExportBuilder.Xlsx(QuestionnaireExportBuilder.Rows(answers.SelectMany(a => a), start));

    [Fact]
    public void An_export_fills_each_institutions_questionnaire_counts_and_the_quota_findings()
    {
        var export = Export(Start,
            Repeat(5, "黄冈职业技术学院 ", "老师", "Web前端开发"),
            Repeat(10, "黄冈职院", "学生", "WEB前端开发"),
            Repeat(5, "黄冈职业技术学院", "教师", "网店运营推广"),
            Repeat(10, "黄冈职业技术学院", "学生", "网店运营推广"),
            Repeat(4, "湖北三峡职业技术学院", "教师", "汽车运用与维修"),
            Repeat(12, "三峡职院", "学生", "汽车运用与维修"),
            Repeat(3, "某某技师学院", "学生", "物流管理"));

        var report = EngineHarness.Check(Roster(), null, ("收件箱/问卷星导出-试点问卷.xlsx", export));

        var huanggang = report.Institution("黄冈职业技术学院");
        Assert.Equal(30, huanggang.Questionnaires!.Answers);
        Assert.Equal([new("Web前端开发", 5, 10), new("网店运营推广", 5, 10)], huanggang.Questionnaires.Certificates);
        Assert.True(huanggang.Questionnaires.QuotaMet);
        Assert.DoesNotContain(FindingCode.QuestionnaireQuota, huanggang.Codes());

        var sanxia = report.Institution("湖北三峡职业技术学院");
        Assert.False(sanxia.Questionnaires!.QuotaMet);
        var quota = Assert.Single(sanxia.Findings, f => f.Code == FindingCode.QuestionnaireQuota && f.Message.Contains("汽车运用与维修", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, quota.Severity);
        Assert.Contains("教师 4 名、学生 12 名", quota.Message, StringComparison.Ordinal);

        Assert.Null(report.Institution("湖北工程学院").Questionnaires);
        Assert.Equal(49, report.Questionnaires!.Answers);
        Assert.Equal(3, report.Questionnaires.Unmatched);
        var unmatched = Assert.Single(Assert.Single(report.Unassigned).Findings);
        Assert.Equal(FindingCode.QuestionnaireUnmatched, unmatched.Code);
        Assert.Equal(Severity.Info, unmatched.Severity);
        Assert.Contains("3 份答卷", unmatched.Message, StringComparison.Ordinal);
        Assert.Contains("“某某技师学院”", unmatched.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificates_as_respondents_write_them_count_for_the_roster_certificate_in_the_certificates_array()
    {
        var export = Export(Start,
            Repeat(3, "湖北交通职业技术学院", "教师", "BIM"),
            Repeat(2, "湖北交通职业技术学院", "老师", "建筑信息模型(BIM)职业技能等级证书（初级）"),
            Repeat(10, "湖北交通职业技术学院", "学生", "建筑信息模型（BIM）"));

        var report = EngineHarness.Check(Roster(), null, ("问卷/试点问卷.xlsx", export));

        // The bundled roster gives 湖北交通 four certificates; the answers all name BIM, in three spellings.
        var certificate = Assert.Single(report.Institution("湖北交通职业技术学院").Certificates, c => c.Teachers + c.Students > 0);
        Assert.Equal("建筑信息模型（BIM）", certificate.Name);
        Assert.Equal((5, 10, true), (certificate.Teachers, certificate.Students, certificate.QuotaMet));
    }

    [Fact]
    public void The_json_carries_the_contract_fields_and_the_text_one_questionnaire_line()
    {
        var export = QuestionnaireExportBuilder.Csv(QuestionnaireExportBuilder.Rows(Repeat(2, "武汉工程大学", "学生", "Web前端开发"), Start), RosterCsvEncoding.Gb18030);
        var report = EngineHarness.Check(Roster(), null, ("问卷/试点问卷.csv", export));

        using var buffer = new MemoryStream();
        CheckReportJson.Write(buffer, report);
        using var json = JsonDocument.Parse(buffer.ToArray());
        var top = json.RootElement.GetProperty("questionnaires");
        Assert.Equal("问卷/试点问卷.csv", Assert.Single(top.GetProperty("files").EnumerateArray()).GetString());
        Assert.Equal(2, top.GetProperty("answers").GetInt32());
        Assert.Equal(0, top.GetProperty("unmatched").GetInt32());
        var wit = json.RootElement.GetProperty("institutions").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "武汉工程大学");
        var own = wit.GetProperty("questionnaires");
        Assert.True(own.GetProperty("received").GetBoolean());
        Assert.Equal(2, own.GetProperty("answers").GetInt32());
        Assert.False(own.GetProperty("quotaMet").GetBoolean());
        var noCertificates = json.RootElement.GetProperty("institutions").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "湖北工程学院");
        Assert.False(noCertificates.TryGetProperty("questionnaires", out _));

        using var text = new StringWriter();
        CheckReportText.Write(text, report);
        var line = Assert.Single(text.ToString().Split('\n'), l => l.StartsWith("■ 问卷", StringComparison.Ordinal));
        Assert.Contains("“试点问卷.csv”，共 2 份答卷", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_export_of_the_same_questionnaire_replaces_the_older_one()
    {
        var older = Export(Start, Repeat(3, "武汉工程大学", "学生", "Web前端开发"));
        var newer = Export(Start.AddDays(2), Repeat(3, "武汉工程大学", "学生", "Web前端开发"), Repeat(4, "武汉工程大学", "教师", "Web前端开发"));

        // The newer export given first: what counts is the later answers, not the order the files came in.
        var report = EngineHarness.Check(Roster(), null, ("问卷/导出2.xlsx", newer), ("问卷/导出1.xlsx", older));

        Assert.Equal(["问卷/导出2.xlsx"], report.Questionnaires!.Files);
        Assert.Equal(7, report.Institution("武汉工程大学").Questionnaires!.Answers);
        var superseded = Assert.Single(report.Unassigned.SelectMany(u => u.Findings));
        Assert.Equal(FindingCode.Superseded, superseded.Code);
        Assert.Equal("问卷/导出1.xlsx", superseded.File);
    }

    [Fact]
    public void An_export_whose_header_cannot_be_understood_is_an_error_naming_its_columns()
    {
        var csv = "序号,提交答卷时间,1、您所在学校的全称：,2、您的专业：\r\n1,2020/12/21 10:00:00,武汉工程大学,计算机\r\n";

        var report = EngineHarness.Check(Roster(), null, ("问卷/导出.csv", Encoding.UTF8.GetBytes(csv)));

        var finding = Assert.Single(Assert.Single(report.Unassigned).Findings);
        Assert.Equal(FindingCode.DocumentUnreadable, finding.Code);
        Assert.Contains("“导出.csv”", finding.Message, StringComparison.Ordinal);
        Assert.Contains("“2、您的专业：”", finding.Message, StringComparison.Ordinal);
        Assert.Equal(0, report.Questionnaires!.Answers);
    }

    [Fact]
    public void A_non_questionnaire_workbook_stays_an_office_file_of_format_other()
    {
        var report = EngineHarness.Check(Roster(), null, ("武汉工程大学/武汉工程大学试点经费表.xlsx", RosterFileBuilder.Xlsx([["项目", "金额"], ["实训设备", "12000"]])));

        var wit = report.Institution("武汉工程大学");
        Assert.Contains(FindingCode.UnsupportedFormat, wit.Codes());
        Assert.Empty(report.Questionnaires!.Files);
        Assert.Equal(0, wit.Questionnaires!.Answers);
    }
}
