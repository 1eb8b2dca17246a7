using Pilot1X.Core.Certificates;

namespace Pilot1X.Core.Tests.Certificates;

public sealed class CertificateTextTests
{
    [Theory]
    [InlineData("ＷＥＢ前端开发", "web前端开发")] // full-width Latin narrowed and lower-cased
    [InlineData("建筑信息模型【BIM】", "建筑信息模型(bim)")] // every bracket made ( )
    [InlineData("建筑信息模型（BIM）", "建筑信息模型(bim)")]
    [InlineData("物 流\u3000管\t理", "物流管理")] // whitespace between ideographs dropped, the ideographic space too
    [InlineData("BIM  证书", "bim证书")]
    [InlineData("Web 前端", "web前端")]
    [InlineData("1 + X  Python  3", "1+x python 3")] // one space kept only between two Latin letters or digits
    [InlineData("网店\u200B运营\uFEFF推广\u0007", "网店运营推广")] // invisible and control characters dropped
    [InlineData("㈠Ⅱ级", "(一)ii级")] // beyond the plain set: NFKC first
    [InlineData("数据\u00A0分析", "数据分析")] // a no-break space is whitespace once normalized
    public void Fold_brings_a_spelling_to_the_one_comparable_form(string text, string folded) =>
        Assert.Equal(folded, CertificateText.Fold(text));

    [Fact]
    public void Fold_of_a_long_text_with_an_expanding_character_late_in_it_keeps_every_character()
    {
        // The plain fold stops at ㈠ and the text is folded again after NFKC, which makes it longer than its source.
        var text = string.Concat(Enumerable.Repeat("试点工作，", 2000)) + "㈠" + string.Concat(Enumerable.Repeat("ＢＩＭ", 500));

        var folded = CertificateText.Fold(text);

        Assert.Equal(string.Concat(Enumerable.Repeat("试点工作,", 2000)) + "(一)" + string.Concat(Enumerable.Repeat("bim", 500)), folded);
    }
}
