using Pilot1X.Core.Attribution;

namespace Pilot1X.Core.Tests.Attribution;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("湖北十堰职业技术（集团）学校", "湖北十堰职业技术(集团)学校")]
    [InlineData("1＋X证书", "1+x证书")]
    [InlineData(" 武汉 工程\u3000大学\t", "武汉工程大学")]
    [InlineData("ＷＥＢ前端 Web", "web前端web")]
    [InlineData("武汉\u200B工程大学", "武汉工程大学")]
    public void Width_spaces_and_latin_case_are_folded(string text, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(text));

    [Fact]
    public void Full_and_half_width_bracket_names_normalise_alike() =>
        Assert.Equal(NameNormalizer.Normalize("（集团）"), NameNormalizer.Normalize("(集团)"));
}
