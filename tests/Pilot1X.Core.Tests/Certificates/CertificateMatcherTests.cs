using Pilot1X.Core.Certificates;

namespace Pilot1X.Core.Tests.Certificates;

public sealed class CertificateMatcherTests
{
    private static readonly PilotCertificate Bim = PilotCertificate.Named("建筑信息模型(BIM)");
    private static readonly PilotCertificate Web = PilotCertificate.Named("Web前端开发");
    private static readonly PilotCertificate DataAnalysis = PilotCertificate.Named("电子商务数据分析");
    private static readonly PilotCertificate ShopPromotion = PilotCertificate.Named("网店运营推广");
    private static readonly PilotCertificate Ecommerce = PilotCertificate.Named("电子商务");
    private static readonly PilotCertificate BigDataPython = PilotCertificate.Named("大数据应用开发（Python）");

    [Theory]
    [InlineData("建筑信息模型（BIM）职业技能等级证书")]
    [InlineData("建筑信息模型【BIM】")]
    [InlineData("BIM")]
    [InlineData("1+X BIM证书")]
    [InlineData("建筑信息模型")]
    [InlineData("建筑信息模型BIM（初级）")]
    public void Names_as_schools_write_them_match_the_bim_certificate(string written)
    {
        var matcher = new CertificateMatcher([Bim, Web, DataAnalysis]);

        Assert.Same(Bim, matcher.Match(written));
    }

    [Theory]
    [InlineData("WEB前端开发")]
    [InlineData("ＷＥＢ前端开发职业技能等级证书（中级）")]
    [InlineData("web 前端开发")]
    [InlineData("1+X Web前端开发证书")]
    [InlineData("高级Web前端开发")]
    public void Case_width_spaces_levels_and_suffixes_do_not_hide_web_front_end(string written)
    {
        var matcher = new CertificateMatcher([Bim, Web, DataAnalysis]);

        Assert.Same(Web, matcher.Match(written));
    }

    [Fact]
    public void Certificates_sharing_words_are_never_taken_for_one_another()
    {
        var matcher = new CertificateMatcher([DataAnalysis, ShopPromotion, Ecommerce]);

        Assert.Same(DataAnalysis, matcher.Match("电子商务数据分析职业技能等级证书"));
        Assert.Same(Ecommerce, matcher.Match("电子商务"));
        Assert.Same(ShopPromotion, matcher.Match("网店运营推广（中级）"));
        Assert.Equal([DataAnalysis], matcher.FindAll("我校开展了电子商务数据分析证书试点。"));
    }

    [Fact]
    public void A_shorter_name_written_alone_does_not_stand_for_a_longer_certificate()
    {
        var matcher = new CertificateMatcher([DataAnalysis, ShopPromotion]);

        Assert.Null(matcher.Match("电子商务"));
        Assert.Empty(matcher.FindAll("电子商务专业群建设"));
    }

    [Fact]
    public void A_spelling_two_certificates_share_matches_neither()
    {
        var java = PilotCertificate.Named("大数据应用开发（Java）");
        var matcher = new CertificateMatcher([BigDataPython, java]);

        Assert.Null(matcher.Match("大数据应用开发"));
        Assert.Same(java, matcher.Match("大数据应用开发(JAVA)"));
        Assert.Empty(matcher.FindAll("大数据应用开发证书"));
    }

    [Fact]
    public void A_bracketed_word_that_is_no_abbreviation_is_not_an_alias()
    {
        var matcher = new CertificateMatcher([BigDataPython]);

        Assert.Null(matcher.Match("Python"));
        Assert.Same(BigDataPython, matcher.Match("大数据应用开发"));
    }

    [Fact]
    public void Roster_aliases_match()
    {
        var logistics = new PilotCertificate("物流管理", "北京中物联物流采购培训中心", ["物流管理1+X"]);
        var cloud = new PilotCertificate("云计算平台运维与开发", null, ["云计算运维"]);
        var matcher = new CertificateMatcher([logistics, cloud]);

        Assert.Same(cloud, matcher.Match("云计算运维（中级）"));
        Assert.Equal([logistics, cloud], matcher.FindAll("云计算运维和物流管理两个证书"));
    }

    [Fact]
    public void A_latin_abbreviation_inside_a_longer_word_is_not_a_mention()
    {
        var matcher = new CertificateMatcher([Bim]);

        Assert.Empty(matcher.FindAll("bimodal teaching"));
        Assert.Equal([Bim], matcher.FindAll("BIM技术应用"));
    }

    [Fact]
    public void Find_all_returns_every_named_certificate_in_roster_order()
    {
        var matcher = new CertificateMatcher([Bim, Web, DataAnalysis, ShopPromotion]);

        var found = matcher.FindAll("网店运营推广、WEB前端开发和建筑信息模型（BIM）三个证书均已完成考核。");

        Assert.Equal([Bim, Web, ShopPromotion], found);
    }

    [Fact]
    public void Mentions_give_positions_in_the_folded_text()
    {
        var matcher = new CertificateMatcher([Web, Bim]);
        var folded = CertificateText.Fold("一是 WEB 前端开发，二是BIM");

        var mentions = matcher.Mentions(folded);

        Assert.Equal([Web, Bim], mentions.Select(m => m.Certificate));
        Assert.Equal("web前端开发", folded.Substring(mentions[0].Start, mentions[0].Length));
    }
}
