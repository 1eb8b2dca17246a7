using System.Text;
using Pilot1X.Core.Roster;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Roster;

public sealed class RosterLoaderCsvTests
{
    internal static InstitutionRoster Load(byte[] csv)
    {
        using var stream = new MemoryStream(csv);
        return RosterLoader.LoadCsv(stream);
    }

    [Theory]
    [InlineData(RosterCsvEncoding.Utf8Bom)]
    [InlineData(RosterCsvEncoding.Utf8)]
    [InlineData(RosterCsvEncoding.Gb18030)]
    public void Csv_saved_by_excel_in_each_encoding_reads_the_chinese_names(RosterCsvEncoding encoding)
    {
        var roster = Load(RosterFileBuilder.Csv(SampleRoster.Rows, encoding));

        Assert.Equal(SampleRoster.Rows.Skip(1).Select(r => r[1]), roster.Institutions.Select(i => i.Name));
        Assert.Equal(["十堰职校"], roster.Find("湖北十堰职业技术（集团）学校")!.Aliases);
    }

    [Fact]
    public void Gb18030_bytes_are_not_mistaken_for_utf8()
    {
        var bytes = RosterFileBuilder.Csv([["单位名称"], ["湖北三峡职业技术学院"]], RosterCsvEncoding.Gb18030);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        Assert.Equal("湖北三峡职业技术学院", Assert.Single(Load(bytes).Institutions).Name);
    }

    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var csv = "单位名称,别名,试点证书,是否抽查\r\n"
            + "武汉工程大学,\"武工大;\"\"武工\"\"\",\"Web前端开发\n大数据应用开发（Python）\",是\r\n"
            + "\"黄冈职业技术学院\",\"黄冈职院, 黄职\",,否\r\n";

        var roster = Load(Encoding.UTF8.GetBytes(csv));

        var wit = roster.Find("武汉工程大学")!;
        Assert.Equal(["武工大", "\"武工\""], wit.Aliases);
        Assert.Equal(["Web前端开发", "大数据应用开发（Python）"], wit.Certificates);
        Assert.Equal(["黄冈职院, 黄职"], roster.Find("黄冈职业技术学院")!.Aliases);
    }

    [Fact]
    public void Header_below_title_rows_is_found_and_blank_rows_are_skipped()
    {
        var csv = "湖北省1+X证书制度试点院校名单,,\r\n制表：职成教处,,\r\n,,\r\n单位名称,是否抽查,办学层次\r\n,,\r\n咸宁卫生学校,否,中职\r\n\r\n";

        var institution = Assert.Single(Load(Encoding.UTF8.GetBytes(csv)).Institutions);

        Assert.Equal("咸宁卫生学校", institution.Name);
        Assert.Equal(SchoolLevel.Secondary, institution.Level);
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("Y", true)]
    [InlineData("n", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("", false)]
    [InlineData(" 是 ", true)]
    public void Sampled_column_accepts_the_usual_yes_no_spellings(string cell, bool sampled)
    {
        var roster = Load(RosterFileBuilder.Csv([["单位名称", "是否抽查"], ["武汉东湖学院", cell]], RosterCsvEncoding.Utf8Bom));

        Assert.Equal(sampled, Assert.Single(roster.Institutions).Sampled);
    }

    [Theory]
    [InlineData("中职", SchoolLevel.Secondary)]
    [InlineData("高职", SchoolLevel.Higher)]
    [InlineData("高职（专科）", SchoolLevel.Higher)]
    [InlineData("本科", SchoolLevel.Undergraduate)]
    [InlineData("职业本科", SchoolLevel.Undergraduate)]
    [InlineData("", SchoolLevel.Unknown)]
    public void Level_column_maps_to_school_level(string cell, SchoolLevel level)
    {
        var roster = Load(RosterFileBuilder.Csv([["单位名称", "办学层次"], ["武汉东湖学院", cell]], RosterCsvEncoding.Utf8));

        Assert.Equal(level, Assert.Single(roster.Institutions).Level);
    }

    [Fact]
    public void Contacts_are_split_trimmed_lower_cased_and_deduplicated()
    {
        var roster = Load(RosterFileBuilder.Csv(
            [["单位名称", "联系邮箱"], ["武汉东湖学院", " JWC@Wdu.example.cn；1x@wdu.example.cn;jwc@wdu.example.cn "]],
            RosterCsvEncoding.Utf8));

        Assert.Equal(["jwc@wdu.example.cn", "1x@wdu.example.cn"], Assert.Single(roster.Institutions).Contacts);
    }

    [Fact]
    public void Aliases_accept_full_width_semicolons_and_enumeration_commas()
    {
        var roster = Load(RosterFileBuilder.Csv([["单位名称", "别名"], ["武汉职业技术学院", "武职；武汉职院、 武汉职业技术学校 "]], RosterCsvEncoding.Utf8));

        Assert.Equal(["武职", "武汉职院", "武汉职业技术学校"], Assert.Single(roster.Institutions).Aliases);
    }
}
