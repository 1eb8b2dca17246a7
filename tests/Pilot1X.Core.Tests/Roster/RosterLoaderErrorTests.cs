using System.Text;
using Pilot1X.Core.Roster;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Roster;

public sealed class RosterLoaderErrorTests
{
    private static string ErrorOf(params string[][] rows) =>
        Assert.Throws<RosterFormatException>(() => RosterLoaderCsvTests.Load(RosterFileBuilder.Csv(rows, RosterCsvEncoding.Utf8Bom))).Message;

    private static readonly string[] Header = ["单位名称", "是否抽查", "联系邮箱", "办学层次"];

    [Fact]
    public void Unrecognised_sampled_value_names_row_column_and_value()
    {
        var message = ErrorOf(
            ["湖北省1+X证书制度试点院校名单"], [""], Header,
            ["武汉工程大学", "是", "", ""], ["武汉东湖学院", "否", "", ""], ["湖北大学知行学院", "是", "", ""],
            ["黄冈职业技术学院", "可能", "", ""]);

        Assert.Contains("第7行“是否抽查”列的值“可能”无法识别，应为“是”或“否”", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_name_column_says_which_header_is_needed()
    {
        var message = ErrorOf(["学校", "是否抽查"], ["武汉工程大学", "是"]);

        Assert.Contains("找不到“单位名称”列", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_name_in_a_filled_row_names_the_row()
    {
        var message = ErrorOf(Header, ["武汉工程大学", "是", "", ""], ["", "是", "x@y.example.cn", ""]);

        Assert.Contains("第3行“单位名称”列为空", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_institution_names_both_rows_even_across_bracket_widths()
    {
        var message = ErrorOf(Header, ["湖北十堰职业技术（集团）学校", "是", "", ""], ["武汉工程大学", "是", "", ""], ["湖北十堰职业技术(集团)学校", "否", "", ""]);

        Assert.Contains("第4行“单位名称”列", message, StringComparison.Ordinal);
        Assert.Contains("与第2行重复", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jwc@")]
    [InlineData("jwc.example.cn")]
    [InlineData("张老师")]
    [InlineData("a@b")]
    public void Invalid_email_names_row_column_and_address(string address)
    {
        var message = ErrorOf(Header, ["武汉工程大学", "是", "ok@wit.example.cn;" + address, ""]);

        Assert.Contains($"第2行“联系邮箱”列的“{address}”不是有效的电子邮箱地址", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unrecognised_level_names_row_and_column()
    {
        var message = ErrorOf(Header, ["武汉工程大学", "是", "", "大学"]);

        Assert.Contains("第2行“办学层次”列的值“大学”无法识别", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_without_institutions_is_rejected()
    {
        var message = ErrorOf(Header, ["", "", "", ""]);

        Assert.Contains("没有任何单位", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_inside_quotes_do_not_shift_the_reported_row()
    {
        var csv = "单位名称,试点证书,是否抽查\r\n武汉工程大学,\"Web前端开发\r\n物流管理\",是\r\n武汉东湖学院,物流管理,也许\r\n";

        var error = Assert.Throws<RosterFormatException>(() => RosterLoaderCsvTests.Load(Encoding.UTF8.GetBytes(csv)));

        Assert.Contains("第3行“是否抽查”列的值“也许”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_quote_names_the_row_where_it_starts()
    {
        var csv = "单位名称,别名\r\n武汉工程大学,\"武工大\r\n武汉东湖学院,东湖\r\n";

        var error = Assert.Throws<RosterFormatException>(() => RosterLoaderCsvTests.Load(Encoding.UTF8.GetBytes(csv)));

        Assert.Contains("第2行", error.Message, StringComparison.Ordinal);
        Assert.Contains("引号", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicated_header_column_names_both_column_letters()
    {
        var message = ErrorOf(["单位名称", "是否抽查", "是否抽查"], ["武汉工程大学", "是", "否"]);

        Assert.Contains("“是否抽查”列出现了两次（B列和C列）", message, StringComparison.Ordinal);
    }
}
