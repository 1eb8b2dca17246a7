using Pilot1X.Core.Attribution;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Tests.Attribution;

public sealed class NamingRuleTests
{
    private static readonly InstitutionRoster Roster = DefaultRoster.Create();
    private static readonly Institution Wit = Roster.Find("武汉工程大学")!;
    private static readonly Institution Shiyan = Roster.Find("湖北十堰职业技术（集团）学校")!;

    [Theory]
    [InlineData(MaterialKind.Summary, false, ".docx", "武汉工程大学1+X证书制度试点工作总结报告.docx")]
    [InlineData(MaterialKind.Summary, true, ".pdf", "武汉工程大学1+X证书制度试点工作总结报告（盖章扫描版）.pdf")]
    [InlineData(MaterialKind.Evaluation, false, ".docx", "武汉工程大学1+X证书制度试点工作评价报告.docx")]
    [InlineData(MaterialKind.Evaluation, true, "PDF", "武汉工程大学1+X证书制度试点工作评价报告（盖章扫描版）.pdf")]
    [InlineData(MaterialKind.Case, false, ".docx", "武汉工程大学1+X证书制度试点工作典型案例.docx")]
    [InlineData(MaterialKind.Questionnaire, false, ".xlsx", "武汉工程大学1+X证书制度试点工作问卷.xlsx")]
    [InlineData(MaterialKind.Unknown, false, ".zip", "武汉工程大学1+X证书制度试点工作.zip")]
    [InlineData(MaterialKind.Unknown, false, "", "武汉工程大学1+X证书制度试点工作")]
    public void Suggested_name_follows_the_notice(MaterialKind kind, bool scan, string extension, string expected) =>
        Assert.Equal(expected, NamingRule.SuggestName(Wit, kind, scan, extension));

    [Theory]
    [InlineData("武汉工程大学1+X证书制度试点工作总结报告.docx")]
    [InlineData("武汉工程大学+1+X证书制度试点工作总结报告.docx")]
    [InlineData("武汉工程大学1＋X证书制度试点工作总结报告.DOCX")]
    [InlineData("武汉工程大学1+x证书制度试点工作总结报告.doc")]
    [InlineData("武汉工程大学 1+X 证书制度试点工作总结报告.pdf")]
    [InlineData("武汉工程大学1+X证书制度试点工作总结报告（盖章扫描版）.pdf")]
    [InlineData("武汉工程大学1+X证书制度试点工作总结报告(盖章版).pdf")]
    [InlineData("武汉工程大学1+X证书制度试点工作总结报告扫描件.pdf")]
    [InlineData("武汉工程大学1+X证书制度试点工作总结报告（扫描件）.pdf")]
    [InlineData("武汉工程大学1+X证书制度试点工作总结报告（盖章扫描版）-1.jpg")]
    [InlineData("武汉工程大学1+X证书制度试点工作总结报告（2）.jpg")]
    [InlineData("武汉工程大学1+X证书制度试点工作总结报告_3.png")]
    [InlineData("inbox/01.eml!/材料.zip!/武汉工程大学1+X证书制度试点工作总结报告.docx")]
    public void Summary_names_with_harmless_variations_conform(string fileName) =>
        Assert.True(NamingRule.Conforms(fileName, Wit, MaterialKind.Summary));

    [Theory]
    [InlineData("武工大1+X证书制度试点工作总结报告.docx")]
    [InlineData("武汉工程大学证书制度试点工作总结报告.docx")]
    [InlineData("武汉工程大学工作总结.docx")]
    [InlineData("总结报告.docx")]
    [InlineData("武汉工程大学1+X证书制度试点工作评价报告.docx")]
    [InlineData("武汉工程大学1+X证书制度试点工作总结报告修改稿.docx")]
    [InlineData("2020年武汉工程大学1+X证书制度试点工作总结报告.docx")]
    [InlineData("武汉东湖学院1+X证书制度试点工作总结报告.docx")]
    public void Summary_names_that_break_the_rule_do_not_conform(string fileName) =>
        Assert.False(NamingRule.Conforms(fileName, Wit, MaterialKind.Summary));

    [Theory]
    [InlineData("武汉工程大学1+X证书制度试点工作典型案例.docx", true)]
    [InlineData("武汉工程大学1+X证书制度试点工作典型案例1.docx", true)]
    [InlineData("武汉工程大学1+X证书制度试点工作典型案例-课证融通 赋能育人.docx", true)]
    [InlineData("武汉工程大学1+X证书制度试点工作典型案例2（盖章扫描版）.pdf", true)]
    [InlineData("武汉工程大学1+X证书制度试点工作案例.docx", false)]
    [InlineData("课证融通典型案例.docx", false)]
    [InlineData("武汉工程大学1+X证书制度试点工作典型案例总结报告.docx", false)]
    public void Case_names_may_carry_a_number_or_title(string fileName, bool conforms) =>
        Assert.Equal(conforms, NamingRule.Conforms(fileName, Wit, MaterialKind.Case));

    [Theory]
    [InlineData("武汉工程大学1+X证书制度试点工作评价报告.docx", true)]
    [InlineData("武汉工程大学对培训评价组织1+X证书制度试点工作评价报告.docx", true)]
    [InlineData("武汉工程大学1+X证书制度试点工作对培训评价组织评价报告（盖章版）.pdf", true)]
    [InlineData("武汉工程大学1+X证书制度试点工作总结报告.docx", false)]
    public void Evaluation_names_accept_the_official_report_title(string fileName, bool conforms) =>
        Assert.Equal(conforms, NamingRule.Conforms(fileName, Wit, MaterialKind.Evaluation));

    [Theory]
    [InlineData("湖北交通职业技术学院+1+X证书制度试点工作-总结报告.docx")]
    [InlineData("湖北交通职业技术学院-1+X证书制度试点工作—总结报告（盖章）.pdf")]
    [InlineData("湖北交通职业技术学院＋1＋X证书制度试点工作＋总结报告.docx")]
    [InlineData("湖北交通职业技术学院_1+X证书制度试点工作_总结报告(扫描件).pdf")]
    [InlineData("湖北交通职业技术学院 1+X证书制度试点工作 总结报告（盖章扫描版）.pdf")]
    [InlineData("湖北交通职业技术学院—1+X证书制度试点工作－总结报告-盖章.pdf")]
    [InlineData("湖北交通职业技术学院+1+X证书制度试点工作+总结报告（盖章）-2.jpg")]
    public void Names_that_follow_the_notice_literally_with_separators_and_a_stamp_suffix_conform(string fileName) =>
        Assert.True(NamingRule.Conforms(fileName, Roster.Find("湖北交通职业技术学院")!, MaterialKind.Summary));

    [Theory]
    [InlineData("湖北交通职业技术学院-总结报告.docx")]
    [InlineData("湖北交通职业技术学院+1+X证书制度试点工作-总结报告-修改稿.docx")]
    [InlineData("湖北交通职业技术学院—1+X证书制度试点工作—评价报告（盖章）.pdf")]
    [InlineData("湖北交通+1+X证书制度试点工作-总结报告.docx")]
    [InlineData("湖北交通职业技术学院+1+X证书制度试点工作-总结报告（盖章）（定稿）.pdf")]
    public void Separators_do_not_excuse_a_wrong_institution_material_or_extra_words(string fileName) =>
        Assert.False(NamingRule.Conforms(fileName, Roster.Find("湖北交通职业技术学院")!, MaterialKind.Summary));

    [Theory]
    [InlineData("湖北十堰职业技术(集团)学校1+X证书制度试点工作总结报告.docx")]
    [InlineData("湖北十堰职业技术（集团）学校+1＋X证书制度试点工作总结报告【盖章扫描版】.pdf")]
    public void Bracket_widths_in_the_institution_name_do_not_matter(string fileName) =>
        Assert.True(NamingRule.Conforms(fileName, Shiyan, MaterialKind.Summary));

    [Fact]
    public void Every_suggested_name_conforms_for_every_institution_kind_and_version()
    {
        MaterialKind[] kinds = [MaterialKind.Summary, MaterialKind.Evaluation, MaterialKind.Case, MaterialKind.Questionnaire, MaterialKind.Unknown];
        foreach (var institution in Roster.Institutions)
        {
            foreach (var kind in kinds)
            {
                Assert.True(NamingRule.Conforms(NamingRule.SuggestName(institution, kind, false, ".docx"), institution, kind));
                Assert.True(NamingRule.Conforms(NamingRule.SuggestName(institution, kind, true, ".pdf"), institution, kind));
            }
        }
    }
}
