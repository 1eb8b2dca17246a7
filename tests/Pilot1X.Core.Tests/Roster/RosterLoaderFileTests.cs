using Pilot1X.Core.Roster;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Roster;

public sealed class RosterLoaderFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("roster-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void Xlsx_and_csv_files_are_loaded_by_extension()
    {
        var xlsx = RosterLoader.Load(Write("名单.xlsx", RosterFileBuilder.Xlsx(SampleRoster.Rows)));
        var csv = RosterLoader.Load(Write("名单.CSV", RosterFileBuilder.Csv(SampleRoster.Rows, RosterCsvEncoding.Gb18030)));

        Assert.Equal(xlsx.Institutions.Select(i => i.Name), csv.Institutions.Select(i => i.Name));
        Assert.Equal(xlsx.Institutions.Select(i => i.Contacts), csv.Institutions.Select(i => i.Contacts));
    }

    [Theory]
    [InlineData("名单.xls", "旧版 .xls")]
    [InlineData("名单.txt", "格式不受支持")]
    public void Other_extensions_are_rejected_with_the_fix(string name, string expected)
    {
        var path = Write(name, [1, 2, 3]);

        var error = Assert.Throws<RosterFormatException>(() => RosterLoader.Load(path));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("另存为 .xlsx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_from_a_file_name_the_file_and_keep_the_row()
    {
        var path = Write("试点名单.csv", RosterFileBuilder.Csv([["单位名称", "是否抽查"], ["武汉工程大学", "待定"]], RosterCsvEncoding.Utf8Bom));

        var error = Assert.Throws<RosterFormatException>(() => RosterLoader.Load(path));

        Assert.StartsWith("名单文件“试点名单.csv”：第2行“是否抽查”列", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_a_roster_error_naming_the_path()
    {
        var path = Path.Combine(_folder, "不存在.xlsx");

        var error = Assert.Throws<RosterFormatException>(() => RosterLoader.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
