using Pilot1X.Core.Certificates;
using Pilot1X.Core.Roster;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Certificates;

public sealed class RosterCertificateTests
{
    private static readonly string[] Header = ["单位名称", "是否抽查", "试点证书"];

    [Fact]
    public void Csv_column_separated_by_semicolons_or_enumeration_commas_gives_named_certificates()
    {
        string[][] rows = [Header, ["武汉工程大学", "是", "建筑信息模型(BIM)、Web前端开发;物流管理"]];

        var roster = RosterLoader.LoadCsv(new MemoryStream(RosterFileBuilder.Csv(rows, RosterCsvEncoding.Gb18030)));

        var institution = roster.Find("武汉工程大学")!;
        Assert.Equal(["建筑信息模型(BIM)", "Web前端开发", "物流管理"], institution.PilotCertificates.Select(c => c.Name));
        Assert.All(institution.PilotCertificates, c => Assert.Null(c.Organisation));
    }

    [Fact]
    public void Xlsx_certificate_sheet_adds_organisation_and_aliases_and_new_certificates()
    {
        string[][] rows = [Header, ["武汉工程大学", "是", "建筑信息模型(BIM)"], ["咸宁卫生学校", "否", ""]];
        string[][] sheet =
        [
            ["单位名称", "证书名称", "培训评价组织", "别名"],
            ["武汉工程大学", "建筑信息模型（BIM）职业技能等级证书", "廊坊市中科建筑产业化创新研究中心", "BIM建模"],
            ["咸宁卫生学校", "老年照护", "北京中福长者文化科技有限公司", ""],
        ];

        var roster = RosterLoader.LoadXlsx(new MemoryStream(RosterFileBuilder.Xlsx(rows, certificateRows: sheet)));

        var wit = Assert.Single(roster.Find("武汉工程大学")!.PilotCertificates);
        Assert.Equal("建筑信息模型(BIM)", wit.Name);
        Assert.Equal("廊坊市中科建筑产业化创新研究中心", wit.Organisation);
        Assert.Equal(["BIM建模"], wit.Aliases);
        var xianning = roster.Find("咸宁卫生学校")!;
        Assert.Equal(["老年照护"], xianning.Certificates);
        Assert.Equal("北京中福长者文化科技有限公司", Assert.Single(xianning.PilotCertificates).Organisation);
    }

    [Fact]
    public void Certificate_sheet_naming_an_institution_not_on_the_roster_is_rejected_with_its_row()
    {
        string[][] rows = [Header, ["武汉工程大学", "是", ""]];
        string[][] sheet = [["单位名称", "证书名称"], ["武汉理工大学", "物流管理"]];

        var error = Assert.Throws<RosterFormatException>(() =>
            RosterLoader.LoadXlsx(new MemoryStream(RosterFileBuilder.Xlsx(rows, certificateRows: sheet))));

        Assert.Contains("第2行", error.Message, StringComparison.Ordinal);
        Assert.Contains("武汉理工大学", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Institution_built_in_code_derives_its_pilot_certificates_from_the_names()
    {
        var institution = new Institution("武汉工程大学", [], true, [], ["物流管理"], SchoolLevel.Undergraduate);

        Assert.Equal([PilotCertificate.Named("物流管理").Name], institution.PilotCertificates.Select(c => c.Name));
    }
}
