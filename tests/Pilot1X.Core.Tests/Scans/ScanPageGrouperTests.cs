using Pilot1X.Core.Scans;

namespace Pilot1X.Core.Tests.Scans;

public sealed class ScanPageGrouperTests
{
    [Theory]
    [InlineData("X-1.jpg", "X", 1)]
    [InlineData("X-2.jpg", "X", 2)]
    [InlineData("X（1）.jpg", "X", 1)]
    [InlineData("X(2).png", "X", 2)]
    [InlineData("X (2).png", "X", 2)]
    [InlineData("X_3.jpg", "X", 3)]
    [InlineData("X 第1页.jpg", "X", 1)]
    [InlineData("X第12页.JPG", "X", 12)]
    [InlineData("X－４.jpeg", "X", 4)]
    [InlineData("X-p2.jpg", "X", 2)]
    [InlineData("湖北交通职业技术学院1+X证书制度试点工作总结报告（盖章扫描版）-3.jpg", "湖北交通职业技术学院1+X证书制度试点工作总结报告（盖章扫描版）", 3)]
    [InlineData("湖北交通职业技术学院1+X证书制度试点工作总结报告（盖章扫描版）（2）.jpg", "湖北交通职业技术学院1+X证书制度试点工作总结报告（盖章扫描版）", 2)]
    public void Page_suffix_gives_common_key_and_page_number(string fileName, string key, int page)
    {
        Assert.Equal((key, page), ScanPageGrouper.Parse(fileName));
    }

    [Theory]
    [InlineData("武汉工程大学1+X证书制度试点工作总结报告（盖章扫描版）.jpg", "武汉工程大学1+X证书制度试点工作总结报告（盖章扫描版）")]
    [InlineData("总结报告-20201225.jpg", "总结报告-20201225")]
    [InlineData("扫描件.png", "扫描件")]
    [InlineData("1+X证书", "1+X证书")]
    public void Name_without_page_suffix_is_page_one_of_its_own_scan(string fileName, string key)
    {
        Assert.Equal((key, 1), ScanPageGrouper.Parse(fileName));
    }

    [Fact]
    public void Folder_part_of_a_display_path_is_not_part_of_the_key()
    {
        Assert.Equal(("总结报告", 2), ScanPageGrouper.Parse("inbox/01.eml!/附件.zip!/总结报告-2.jpg"));
    }

    [Theory]
    [InlineData("2.jpg", 2)]
    [InlineData("（3）.jpg", 3)]
    public void Bare_page_number_gives_empty_key_for_grouping_by_folder(string fileName, int page)
    {
        Assert.Equal((string.Empty, page), ScanPageGrouper.Parse(fileName));
    }
}
