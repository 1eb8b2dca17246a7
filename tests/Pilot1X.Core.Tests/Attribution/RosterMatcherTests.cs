using Pilot1X.Core.Attribution;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Tests.Attribution;

public sealed class RosterMatcherTests
{
    private readonly RosterMatcher _matcher = new(TestRosters.WithNearNamesAndAliases());

    private string? Matched(string text) => _matcher.MatchText(text).Institution?.Name;

    [Theory]
    [InlineData("湖北工程学院新技术学院1+X证书制度试点工作总结报告.docx", "湖北工程学院新技术学院")]
    [InlineData("湖北工程学院1+X证书制度试点工作总结报告.docx", "湖北工程学院")]
    [InlineData("湖北工程职业学院1+X证书制度试点工作总结报告.docx", "湖北工程职业学院")]
    [InlineData("湖北职业技术学院1+X证书制度试点工作总结报告.docx", "湖北职业技术学院")]
    [InlineData("湖北三峡职业技术学院1+X证书制度试点工作总结报告.docx", "湖北三峡职业技术学院")]
    [InlineData("武汉职业技术学院1+X证书制度试点工作总结报告.docx", "武汉职业技术学院")]
    [InlineData("武汉船舶职业技术学院1+X证书制度试点工作总结报告.docx", "武汉船舶职业技术学院")]
    public void Near_names_each_resolve_to_their_own_institution(string text, string expected) =>
        Assert.Equal(expected, Matched(text));

    [Fact]
    public void Name_contained_in_a_longer_roster_name_is_not_a_separate_candidate()
    {
        var match = _matcher.MatchText("湖北工程学院新技术学院1+X证书制度试点工作");

        Assert.False(match.IsAmbiguous);
        Assert.Equal("湖北工程学院新技术学院", Assert.Single(match.Candidates).Name);
    }

    [Fact]
    public void Shorter_name_absent_from_the_roster_never_falls_back_to_a_longer_one()
    {
        var matcher = new RosterMatcher(DefaultRoster.Create());

        Assert.Null(matcher.MatchText("湖北工程学院1+X证书制度试点工作总结报告.docx").Institution);
        Assert.Null(matcher.MatchText("武汉工程职业技术学院总结.docx").Institution);
    }

    [Theory]
    [InlineData("湖北十堰职业技术(集团)学校1+X证书制度试点工作总结报告.docx")]
    [InlineData("湖北十堰职业技术（集团）学校1+X证书制度试点工作总结报告.docx")]
    [InlineData("湖北十堰职业技术 （集团） 学校 1+X证书制度试点工作.zip")]
    public void Bracket_width_and_spaces_do_not_prevent_a_match(string text) =>
        Assert.Equal("湖北十堰职业技术（集团）学校", Matched(text));

    [Theory]
    [InlineData("武汉工程大学1＋X证书制度试点工作总结报告.docx")]
    [InlineData("武汉工程大学+1+X证书制度试点工作总结报告.docx")]
    [InlineData("武 汉 工 程 大 学 1+X证书制度试点工作")]
    [InlineData("转发：武汉工程大学1+X证书制度试点工作材料")]
    [InlineData("inbox/01.eml!/武汉工程大学1+X证书制度试点工作.zip!/总结报告.docx")]
    [InlineData("武汉工程大学/1.工作总结报告/总结报告.docx")]
    public void Variants_subjects_and_folder_paths_match(string text) =>
        Assert.Equal("武汉工程大学", Matched(text));

    [Theory]
    [InlineData("武汉职院1+X证书制度试点工作总结报告.docx", "武汉职业技术学院")]
    [InlineData("三峡职院-典型案例.docx", "湖北三峡职业技术学院")]
    [InlineData("武职1+X证书制度试点工作总结报告.docx", "武汉职业技术学院")]
    [InlineData("武职 总结报告.docx", "武汉职业技术学院")]
    [InlineData("武职-工作总结.docx", "武汉职业技术学院")]
    [InlineData("武职证书试点总结.docx", "武汉职业技术学院")]
    [InlineData("材料/武职/总结报告.docx", "武汉职业技术学院")]
    [InlineData("WIT_1+X证书制度试点工作总结报告.docx", "武汉工程大学")]
    public void Roster_aliases_match(string text, string expected) =>
        Assert.Equal(expected, Matched(text));

    [Theory]
    [InlineData("关于武职的材料.docx")]
    [InlineData("武职工作总结.docx")]
    [InlineData("新武职1+X证书.docx")]
    [InlineData("Summary with twitter screenshots.docx")]
    public void Short_or_latin_alias_inside_other_words_is_not_a_match(string text) =>
        Assert.Equal(InstitutionMatch.None, _matcher.MatchText(text));

    [Fact]
    public void Two_distinct_institutions_in_one_text_are_ambiguous_with_both_candidates_in_text_order()
    {
        var match = _matcher.MatchText("武汉职业技术学院与黄冈职业技术学院联合案例.docx");

        Assert.True(match.IsAmbiguous);
        Assert.Null(match.Institution);
        Assert.Equal(["武汉职业技术学院", "黄冈职业技术学院"], match.Candidates.Select(c => c.Name));
    }

    [Fact]
    public void Short_name_also_named_on_its_own_beside_the_longer_one_is_ambiguous()
    {
        var match = _matcher.MatchText("湖北工程学院新技术学院与湖北工程学院交流材料");

        Assert.True(match.IsAmbiguous);
        Assert.Equal(2, match.Candidates.Count);
    }

    [Fact]
    public void Text_naming_no_institution_has_no_candidates()
    {
        var match = _matcher.MatchText("1+X证书制度试点工作总结报告.docx");

        Assert.Null(match.Institution);
        Assert.Empty(match.Candidates);
        Assert.False(match.IsAmbiguous);
    }

    [Theory]
    [InlineData("jwc@wtc.example.cn", "武汉职业技术学院")]
    [InlineData("JWC@WTC.Example.CN", "武汉职业技术学院")]
    [InlineData("  1x@wit.example.cn ", "武汉工程大学")]
    [InlineData("\"张老师\" <1x@wspc.example.cn>", "武汉船舶职业技术学院")]
    public void Sender_addresses_on_the_roster_match_case_insensitively(string address, string expected) =>
        Assert.Equal(expected, _matcher.MatchSender(address)?.Name);

    [Theory]
    [InlineData("someone@126.com")]
    [InlineData("shared@office.example.cn")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_shared_or_missing_senders_match_nobody(string? address) =>
        Assert.Null(_matcher.MatchSender(address));

    [Fact]
    public void Every_default_institution_is_found_by_its_suggested_names_and_by_no_other()
    {
        var roster = DefaultRoster.Create();
        var matcher = new RosterMatcher(roster);
        foreach (var institution in roster.Institutions)
        {
            foreach (var kind in new[] { MaterialKind.Summary, MaterialKind.Case })
            {
                var match = matcher.MatchText(NamingRule.SuggestName(institution, kind, scan: true, ".pdf"));
                Assert.Same(institution, match.Institution);
                Assert.Same(institution, Assert.Single(match.Candidates));
            }
        }
    }
}
