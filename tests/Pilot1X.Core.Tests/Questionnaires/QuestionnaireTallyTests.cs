using Pilot1X.Core.Attribution;
using Pilot1X.Core.Certificates;
using Pilot1X.Core.Questionnaires;
using Pilot1X.Core.Roster;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Questionnaires;

public sealed class QuestionnaireTallyTests
{
    private static readonly InstitutionRoster Roster = RosterLoaderFor(SampleRoster.Rows);

    [Theory]
    [InlineData("教师", RespondentRole.Teacher)]
    [InlineData("老师", RespondentRole.Teacher)]
    [InlineData("A.专任教师", RespondentRole.Teacher)]
    [InlineData("学生", RespondentRole.Student)]
    [InlineData("在校生 ", RespondentRole.Student)]
    [InlineData("学员", RespondentRole.Student)]
    [InlineData("企业导师", RespondentRole.Teacher)]
    [InlineData("管理人员", RespondentRole.Other)]
    public void Role_answers_are_read_as_teacher_or_student(string answer, RespondentRole role) =>
        Assert.Equal(role, RespondentRoles.Parse(answer));

    [Fact]
    public void Answers_count_for_the_school_they_name_by_alias_and_for_each_certificate_chosen()
    {
        var tally = Tally(
            new AnswerGroup("武工大", "老师", "Web前端开发┋大数据应用开发（Python）", 2),
            new AnswerGroup("武汉工程大学", "学生", "WEB前端开发职业技能等级证书（初级）", 10),
            new AnswerGroup("武汉工程大学", "管理人员", "Web前端开发", 1));
        var wit = Roster.Find("武汉工程大学")!;

        var answers = tally.For(wit, wit.Certificates);

        Assert.Equal(13, answers.Answers);
        Assert.Equal([new("Web前端开发", 2, 10), new("大数据应用开发（Python）", 2, 0)], answers.Certificates);
        Assert.False(answers.QuotaMet);
    }

    [Fact]
    public void Unknown_and_blank_schools_are_unmatched_and_listed_as_typed()
    {
        var tally = Tally(
            new AnswerGroup("某某技师学院", "学生", "物流管理", 3),
            new AnswerGroup(string.Empty, "学生", "物流管理", 1),
            new AnswerGroup("湖北工程职业学院", "教师", "建筑信息模型（BIM）", 5));

        Assert.Equal(9, tally.Answers);
        Assert.Equal(4, tally.Unmatched);
        Assert.Equal([new UnmatchedSchool("某某技师学院", 3), new UnmatchedSchool(string.Empty, 1)], tally.UnmatchedSchools);
    }

    [Fact]
    public void A_near_name_counts_for_the_longer_school_never_the_shorter()
    {
        var tally = Tally(new AnswerGroup("湖北工程学院新技术学院", "教师", "物流管理", 5));

        Assert.Equal(5, tally.For(Roster.Find("湖北工程学院新技术学院")!, ["物流管理"]).Certificates[0].Teachers);
        Assert.Equal(0, tally.For(Roster.Find("湖北工程学院")!, []).Answers);
    }

    private static QuestionnaireTally Tally(params AnswerGroup[] groups)
    {
        var tally = new QuestionnaireTally(new RosterMatcher(Roster), (institution, typed) =>
            new CertificateMatcher(institution.PilotCertificates).Match(typed)?.Name);
        tally.Add(new QuestionnaireExport("sig", [], groups.Sum(g => g.Count), groups, null));
        return tally;
    }

    private static InstitutionRoster RosterLoaderFor(IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream(RosterFileBuilder.Csv(rows, RosterCsvEncoding.Utf8));
        return RosterLoader.LoadCsv(stream);
    }
}
