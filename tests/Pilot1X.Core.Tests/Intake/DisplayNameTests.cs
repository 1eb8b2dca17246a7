using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Tests.Intake;

public sealed class DisplayNameTests
{
    [Fact]
    public void Right_to_left_override_is_shown_as_a_code_point_not_obeyed()
    {
        var name = DisplayName.Sanitize("总结报告\u202Excod.exe");

        Assert.DoesNotContain('\u202E', name);
        Assert.Contains("[U+202E]", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_and_separators_cannot_survive()
    {
        var name = DisplayName.Sanitize("a\u0000b\r\nc/../d\\e");

        Assert.DoesNotContain('/', name);
        Assert.DoesNotContain('\\', name);
        Assert.DoesNotContain('\n', name);
        Assert.Contains("[U+0000]", name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_long_name_keeps_its_start_and_extension()
    {
        var name = DisplayName.Sanitize(new string('报', 1000) + ".docx");

        Assert.True(name.Length <= DisplayName.MaxLength);
        Assert.EndsWith("….docx", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd", "etc/passwd")]
    [InlineData("/abs/x.docx", "abs/x.docx")]
    [InlineData("C:\\Windows\\x.docx", "Windows/x.docx")]
    [InlineData("a/./b//c.pdf", "a/b/c.pdf")]
    public void Paths_lose_every_way_to_climb_out(string path, string expected)
    {
        Assert.Equal(expected, DisplayName.SanitizePath(path));
    }

    [Fact]
    public void An_empty_name_gets_a_readable_placeholder()
    {
        Assert.Equal("(无名文件)", DisplayName.Sanitize("  "));
    }

    [Theory]
    [InlineData("mailbox/来信.eml!/材料.zip!/总结/总结报告.docx", "总结报告.docx")]
    [InlineData("材料\\评价报告.docx", "评价报告.docx")]
    [InlineData("评价报告.docx", "评价报告.docx")]
    [InlineData("文件夹/", "文件夹/")]
    public void Leaf_is_the_name_the_school_gave_the_file_without_mail_archive_or_folder(string displayPath, string leaf) =>
        Assert.Equal(leaf, DisplayName.Leaf(displayPath));
}
