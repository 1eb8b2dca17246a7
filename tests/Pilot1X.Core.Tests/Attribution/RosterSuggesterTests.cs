using Pilot1X.Core.Attribution;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Tests.Attribution;

public sealed class RosterSuggesterTests
{
    private static readonly RosterSuggester Suggester = new(DefaultRoster.Create());

    [Theory]
    [InlineData("湖北交通职院1+X证书制度试点工作总结报告.docx", "湖北交通职业技术学院")]
    [InlineData("湖北国土资源学院-总结.docx", "湖北国土资源职业学院")]
    [InlineData("武汉船舶职业学院1+X证书制度试点工作总结报告.docx", "武汉船舶职业技术学院")]
    public void A_misspelt_name_has_the_roster_name_it_meant_first(string file, string meant)
    {
        var closest = Suggester.Closest([file]);

        Assert.Equal(3, closest.Count);
        Assert.Equal(meant, closest[0]);
    }

    [Fact]
    public void Only_the_part_before_the_stem_is_the_schools_spelling_and_a_text_sharing_no_two_characters_with_a_roster_name_suggests_none()
    {
        var fromName = Suggester.Closest(["襄阳职院1+X证书制度试点工作总结报告.docx"]);
        var fromStemOnly = Suggester.Closest(["1+X证书制度试点工作总结报告.docx"]);

        Assert.Equal("襄阳职业技术学院", fromName[0]);
        Assert.Empty(fromStemOnly);
    }

    [Fact]
    public void Dice_is_one_for_the_same_bigrams_and_zero_for_none_in_common()
    {
        Assert.Equal(1.0, RosterSuggester.Dice(new HashSet<string> { "湖北", "北交" }, new HashSet<string> { "湖北", "北交" }));
        Assert.Equal(0.0, RosterSuggester.Dice(new HashSet<string> { "湖北" }, new HashSet<string> { "武汉" }));
    }
}
