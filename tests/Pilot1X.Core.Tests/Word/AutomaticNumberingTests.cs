using Pilot1X.Samples;
using static Pilot1X.Core.Tests.Word.RawDocx;

namespace Pilot1X.Core.Tests.Word;

public class AutomaticNumberingTests
{
    [Theory]
    [InlineData("chineseCounting", "%1、", 1, "一、", "二、")]
    [InlineData("chineseCountingThousand", "%1、", 1, "一、", "二、")]
    [InlineData("chineseCounting", "%1、", 10, "十、", "十一、")]
    [InlineData("chineseCountingThousand", "%1、", 19, "十九、", "二十、")]
    [InlineData("ideographTraditional", "%1、", 1, "甲、", "乙、")]
    [InlineData("decimal", "%1.", 1, "1.", "2.")]
    [InlineData("upperRoman", "%1.", 3, "III.", "IV.")]
    [InlineData("upperLetter", "%1)", 1, "A)", "B)")]
    [InlineData("decimalEnclosedCircle", "%1", 1, "①", "②")]
    [InlineData("chineseLegalSimplified", "第%1部分", 1, "第壹部分", "第贰部分")]
    public void Rendered_numbering_becomes_part_of_the_heading(string format, string text, int start, string first, string second)
    {
        var docx = new WordSampleBuilder(HeadingRepresentation.HeadingStyleNumbered)
            .WithNumbering(format, text, start)
            .Heading("概况").Prose(50)
            .Heading("主要做法与成效").Prose(50)
            .ToArray();

        var outline = Extract(docx);

        Assert.Equal([first + "概况", second + "主要做法与成效"], outline.Sections.Select(s => s.Heading));
        Assert.Equal(["概况", "主要做法与成效"], outline.Sections.Select(s => s.Title));
    }

    [Fact]
    public void Numbering_inherited_from_a_plain_style_marks_top_level_sections()
    {
        const string styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"a6\"><w:name w:val=\"一级\"/><w:pPr>" + "<w:numPr><w:numId w:val=\"1\"/></w:numPr>" + "</w:pPr><w:rPr><w:b/></w:rPr></w:style>";
        var outline = Extract(
            P("概况", "<w:pStyle w:val=\"a6\"/>") + P("正文第一段。") + P("特色创新", "<w:pStyle w:val=\"a6\"/>") + P("正文。"),
            styles, Numbering("chineseCounting", "%1、"));

        Assert.Equal(["一、概况", "二、特色创新"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void NumId_zero_on_the_paragraph_switches_off_the_style_numbering()
    {
        const string styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"a6\"><w:name w:val=\"一级\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>";
        var outline = Extract(
            P("概况", "<w:pStyle w:val=\"a6\"/>") + P("不编号的加粗短句", "<w:pStyle w:val=\"a6\"/>" + NumPr(0)) + P("主要做法", "<w:pStyle w:val=\"a6\"/>"),
            styles, Numbering("chineseCounting", "%1、"));

        Assert.Equal(["一、概况", "二、主要做法"], outline.Sections.Select(s => s.Heading));
        Assert.Equal(8, outline.Sections[0].Chars);
    }

    [Fact]
    public void Start_override_restarts_a_second_list_and_lower_levels_reset_when_a_higher_level_advances()
    {
        var numbering = Numbering("chineseCounting", "%1、", 1,
            "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>");
        var outline = Extract(
            P("概况", NumPr(1), bold: true) + P("甲项", NumPr(1, 1), bold: true) + P("乙项", NumPr(1, 1), bold: true)
            + P("做法", NumPr(1), bold: true) + P("丙项", NumPr(1, 1), bold: true)
            + P("特色创新", NumPr(2), bold: true) + P("正文。"),
            numbering: numbering);

        Assert.Equal(["一、概况", "二、做法", "五、特色创新"], outline.Sections.Select(s => s.Heading));
        // "（一）甲项" and "（二）乙项" are sub-headings: counted in the body of 一 (numbers are not 字数).
        Assert.Equal(4, outline.Sections[0].Chars);
        Assert.Equal(2, outline.Sections[1].Chars);
    }

    [Fact]
    public void Body_list_items_advance_their_own_counter_but_never_become_sections()
    {
        var numbering = Numbering("chineseCounting", "%1、", 1,
            "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>");
        var outline = Extract(
            P("概况", NumPr(1), bold: true) + P("加强组织领导", NumPr(3)) + P("完善制度建设", NumPr(3))
            + P("做法", NumPr(1), bold: true),
            numbering: numbering);

        Assert.Equal(["一、概况", "二、做法"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void A_long_numbered_body_paragraph_is_not_a_heading()
    {
        var longText = string.Concat(Enumerable.Repeat("学校高度重视试点工作，成立领导小组，明确职责分工。", 4));
        var outline = Extract(P("概况", NumPr(1), bold: true) + P(longText, NumPr(1)), numbering: Numbering("chineseCounting", "%1、"));

        Assert.Equal(["一、概况"], outline.Sections.Select(s => s.Heading));
    }
}
