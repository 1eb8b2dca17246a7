using static Pilot1X.Core.Tests.Word.RawDocx;

namespace Pilot1X.Core.Tests.Word;

public class TypedHeadingTests
{
    [Fact]
    public void Typed_bold_chinese_numbers_are_sections_and_bracketed_and_decimal_numbers_are_sub_headings()
    {
        var outline = Extract(
            P("一、1+X证书制度试点工作概况", bold: true) + P("（一）组织领导", bold: true) + P("1.成立领导小组", bold: true)
            + P("（1）召开会议", bold: true) + P("正文内容。") + P("(二)制度建设", bold: true)
            + P("二、主要做法与成效", bold: true) + P("正文。"));

        Assert.Equal(["一、1+X证书制度试点工作概况", "二、主要做法与成效"], outline.Sections.Select(s => s.Heading));
        Assert.Equal(["1+X证书制度试点工作概况", "主要做法与成效"], outline.Sections.Select(s => s.Title));
    }

    [Fact]
    public void A_short_plain_line_with_a_typed_number_is_a_heading()
    {
        var outline = Extract(P("一、实施背景") + P("学校开展试点。") + P("二．主要做法") + P("正文。"));

        Assert.Equal(["一、实施背景", "二．主要做法"], outline.Sections.Select(s => s.Heading));
        Assert.Equal("主要做法", outline.Sections[1].Title);
    }

    [Fact]
    public void A_body_sentence_starting_with_a_chinese_number_is_body_text()
    {
        var outline = Extract(
            P("一、概况", bold: true)
            + P("一、学校高度重视，成立了领导小组。二、制度建设也同步推进，取得了实效。")
            + P("二、完成培训312人；") + P("三、做法", bold: true));

        Assert.Equal(["一、概况", "三、做法"], outline.Sections.Select(s => s.Heading));
    }

    [Theory]
    [InlineData("第一部分 1+X证书制度试点工作概况", "1+X证书制度试点工作概况")]
    [InlineData("第五部分：特色创新", "特色创新")]
    [InlineData("一、 特色创新", "特色创新")]
    public void Part_style_numbering_is_stripped_from_the_title(string heading, string title)
    {
        var outline = Extract(P(heading, bold: true) + P("正文。"));

        Assert.Equal(heading, outline.Sections.Single().Heading);
        Assert.Equal(title, outline.Sections.Single().Title);
    }

    [Fact]
    public void Headings_inside_tables_and_text_boxes_are_not_sections()
    {
        var table = "<w:tbl><w:tr><w:tc>" + P("二、表格里的标题", bold: true) + "</w:tc></w:tr></w:tbl>";
        var textBox = "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + P("三、文本框里的标题", bold: true)
            + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        var outline = Extract(P("一、概况", bold: true) + table + textBox);

        Assert.Equal(["一、概况"], outline.Sections.Select(s => s.Heading));
        Assert.Equal(8 + 9, outline.Sections[0].Chars);
    }

    [Fact]
    public void Deleted_revisions_are_not_read()
    {
        var outline = Extract(
            P("一、概况", bold: true)
            + "<w:p><w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>删除的文字</w:delText></w:r></w:del><w:r><w:t>保留</w:t></w:r></w:p>");

        Assert.Equal(2, outline.Sections[0].Chars);
    }

    [Fact]
    public void Bold_from_a_character_style_makes_a_typed_heading_and_tracked_formatting_history_is_ignored()
    {
        const string styles = "<w:style w:type=\"character\" w:styleId=\"a8\"><w:name w:val=\"要点\"/><w:rPr><w:b/></w:rPr></w:style>";
        var heading = "<w:p><w:r><w:rPr><w:rStyle w:val=\"a8\"/><w:rPrChange w:id=\"1\" w:author=\"x\"><w:rPr><w:b w:val=\"0\"/></w:rPr></w:rPrChange></w:rPr>"
            + "<w:t>一、学校高度重视试点工作；</w:t></w:r></w:p>";
        var outline = Extract(heading + P("正文。"), styles);

        Assert.Equal(["一、学校高度重视试点工作；"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Explicitly_unbolded_runs_in_a_bold_style_make_a_sentence_like_line_body_text()
    {
        const string styles = "<w:style w:type=\"paragraph\" w:styleId=\"b1\"><w:name w:val=\"加粗正文\"/><w:rPr><w:b/></w:rPr></w:style>";
        var line = "<w:p><w:pPr><w:pStyle w:val=\"b1\"/></w:pPr><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>二、完成培训312人；</w:t></w:r></w:p>";
        var outline = Extract(P("一、概况", bold: true) + line, styles);

        Assert.Equal(["一、概况"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void In_a_styled_report_a_short_typed_list_inside_a_section_is_not_a_section()
    {
        var outline = Extract(P("一、概况", "<w:pStyle w:val=\"Heading1\"/>") + P("一、加强组织领导") + P("二、完善制度建设")
            + P("二、主要做法", "<w:pStyle w:val=\"Heading1\"/>") + P("正文。") + P("三、特色创新", bold: true) + P("正文。"));

        Assert.Equal(["一、概况", "二、主要做法", "三、特色创新"], outline.Sections.Select(s => s.Heading));
        Assert.Equal(16, outline.Sections[0].Chars);
    }
}
