using Pilot1X.Core.Roster;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Roster;

public sealed class RosterContactColumnsTests
{
    private static readonly string[][] Rows =
    [
        ["单位名称", "联系邮箱", " 联系人 ", "电话", "是否抽查"],
        ["武汉工程大学", "1x@wit.example.cn", "李老师", " 027-8765 4321 ", "是"],
        ["湖北工程学院", "", "", "", "否"],
    ];

    [Fact]
    public void Contact_person_and_phone_are_read_from_csv_and_xlsx_alike_and_blank_cells_are_null()
    {
        foreach (var roster in new[] { LoadCsv(), LoadXlsx() })
        {
            var wit = roster.Find("武汉工程大学")!;
            Assert.Equal("李老师", wit.ContactPerson);
            Assert.Equal("027-8765 4321", wit.Phone);
            var hbeu = roster.Find("湖北工程学院")!;
            Assert.Null(hbeu.ContactPerson);
            Assert.Null(hbeu.Phone);
        }
    }

    [Fact]
    public void A_roster_without_the_optional_columns_still_loads_with_no_contact_person_or_phone()
    {
        using var stream = new MemoryStream(RosterFileBuilder.Csv(SampleRoster.Rows, RosterCsvEncoding.Utf8Bom));

        var roster = RosterLoader.LoadCsv(stream);

        Assert.All(roster.Institutions, i => Assert.Null(i.ContactPerson));
        Assert.All(roster.Institutions, i => Assert.Null(i.Phone));
    }

    private static InstitutionRoster LoadCsv()
    {
        using var stream = new MemoryStream(RosterFileBuilder.Csv(Rows, RosterCsvEncoding.Gb18030));
        return RosterLoader.LoadCsv(stream);
    }

    private static InstitutionRoster LoadXlsx()
    {
        using var stream = new MemoryStream(RosterFileBuilder.Xlsx(Rows));
        return RosterLoader.LoadXlsx(stream);
    }
}
