using Pilot1X.Core.Word;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Word;

public class HeadingRepresentationTests
{
    private static readonly string[] ExpectedHeadings =
    [
        "一、1+X证书制度试点工作概况", "二、主要做法与成效", "三、存在问题及原因分析",
        "四、自查自査结果", "五、特色创新", "六、下一步工作计划及有关意见建议",
    ];

    [Theory]
    [InlineData(HeadingRepresentation.HeadingStyle)]
    [InlineData(HeadingRepresentation.HeadingStyleNumbered)]
    [InlineData(HeadingRepresentation.OutlineLevelOnly)]
    [InlineData(HeadingRepresentation.AutomaticNumbering)]
    [InlineData(HeadingRepresentation.AutomaticNumberingFromStyle)]
    [InlineData(HeadingRepresentation.TypedBold)]
    [InlineData(HeadingRepresentation.Mixed)]
    public void Every_heading_representation_yields_the_six_sections_with_displayed_numbers(HeadingRepresentation headings)
    {
        var outline = RawDocx.Extract(WordSamples.SummaryReport("武汉工程大学", headings));

        Assert.Equal(ExpectedHeadings, outline.Sections.Select(s => s.Heading));
        Assert.Equal(WordSamples.SummarySections, outline.Sections.Select(s => s.Title));
        Assert.Equal("武汉工程大学1+X证书制度试点工作总结报告", outline.Title);
    }

    [Theory]
    [InlineData(HeadingRepresentation.HeadingStyle)]
    [InlineData(HeadingRepresentation.AutomaticNumbering)]
    [InlineData(HeadingRepresentation.TypedBold)]
    public void Section_chars_include_sub_headings_and_body_but_not_the_heading(HeadingRepresentation headings)
    {
        var outline = RawDocx.Extract(WordSamples.SummaryReport("武汉工程大学", headings, charsPerSection: 300));

        // Two sub-headings per section: "（一）工作举措" (7 字) and "（二）取得成效" (7 字), typed or rendered.
        var subHeadingChars = headings is HeadingRepresentation.AutomaticNumbering ? 8 : 14;
        Assert.All(outline.Sections, s => Assert.Equal(300 + subHeadingChars, s.Chars));
    }

    [Fact]
    public void Chinese_word_style_ids_are_resolved_by_style_name()
    {
        const string styles =
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"a\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"a\"/></w:style>";
        var outline = RawDocx.Extract(
            RawDocx.P("总体情况", "<w:pStyle w:val=\"1\"/>") + RawDocx.P("（一）细项", "<w:pStyle w:val=\"2\"/>") + RawDocx.P("正文内容。")
            + RawDocx.P("下一步打算", "<w:pStyle w:val=\"1\"/>") + RawDocx.P("正文。"),
            styles);

        Assert.Equal(["总体情况", "下一步打算"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Localised_heading_names_and_based_on_chains_make_headings()
    {
        const string styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"af1\"><w:name w:val=\"标题 1\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"my\"><w:name w:val=\"学校一级标题\"/><w:basedOn w:val=\"af1\"/></w:style>";
        var outline = RawDocx.Extract(
            RawDocx.P("一、概况", "<w:pStyle w:val=\"my\"/>") + RawDocx.P("正文。") + RawDocx.P("二、做法", "<w:pStyle w:val=\"af1\"/>") + RawDocx.P("正文。"),
            styles);

        Assert.Equal(["一、概况", "二、做法"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Outline_level_nine_on_a_heading_based_style_makes_body_text()
    {
        const string styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"x\"><w:name w:val=\"正文标题\"/><w:basedOn w:val=\"1\"/><w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr></w:style>";
        var outline = RawDocx.Extract(
            RawDocx.P("概况", "<w:pStyle w:val=\"1\"/>") + RawDocx.P("看起来像标题的正文", "<w:pStyle w:val=\"x\"/>"),
            styles);

        Assert.Equal(["概况"], outline.Sections.Select(s => s.Heading));
        Assert.Equal(9, outline.Sections[0].Chars);
    }

    [Fact]
    public void Heading_without_styles_part_is_recognised_by_english_style_id()
    {
        var outline = RawDocx.Extract(RawDocx.P("一、实施背景", "<w:pStyle w:val=\"Heading1\"/>") + RawDocx.P("正文。"));

        Assert.Equal(["一、实施背景"], outline.Sections.Select(s => s.Heading));
        Assert.Equal("实施背景", outline.Sections[0].Title);
    }
}
