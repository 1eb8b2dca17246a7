using Pilot1X.Samples;
using static Pilot1X.Core.Tests.Word.RawDocx;

namespace Pilot1X.Core.Tests.Word;

public class NonSectionParagraphTests
{
    [Fact]
    public void Title_toc_captions_and_page_header_are_not_sections()
    {
        var outline = Extract(WordSamples.TwentyPageReport("武汉工程大学"));

        Assert.Equal("武汉工程大学1+X证书制度试点工作总结报告", outline.Title);
        Assert.Equal(6, outline.Sections.Count);
        Assert.Equal(WordSamples.SummarySections, outline.Sections.Select(s => s.Title));
        Assert.DoesNotContain(outline.Sections, s => s.Heading.StartsWith('图'));
    }

    [Fact]
    public void Toc_entries_are_not_counted_in_any_section()
    {
        var withToc = Extract(new WordSampleBuilder(HeadingRepresentation.HeadingStyle)
            .Title("某学院1+X证书制度试点工作总结报告").TableOfContents()
            .Heading("概况").Prose(100).Heading("特色创新").Prose(80).ToArray());

        Assert.Equal(["一、概况", "二、特色创新"], withToc.Sections.Select(s => s.Heading));
        Assert.Equal([100, 80], withToc.Sections.Select(s => s.Chars));
    }

    [Fact]
    public void Toc_field_without_content_control_is_not_a_section()
    {
        var toc = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\o \"1-3\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>一、概况	2</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>二、特色创新	3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        var outline = Extract(toc + P("一、概况", bold: true) + P("正文。") + P("二、特色创新", bold: true) + P("正文。"));

        Assert.Equal(["一、概况", "二、特色创新"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Toc_style_paragraphs_are_not_sections()
    {
        const string styles = "<w:style w:type=\"paragraph\" w:styleId=\"10\"><w:name w:val=\"toc 1\"/></w:style>";
        var outline = Extract(P("一、概况", "<w:pStyle w:val=\"10\"/>") + P("一、概况", bold: true) + P("正文。"), styles);

        Assert.Single(outline.Sections);
    }

    [Theory]
    [InlineData("<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>关于试点工作的总结</w:t></w:r>", "关于试点工作的总结")]
    [InlineData("<w:r><w:t>某某学院1+X证书制度试点工作总结报告</w:t></w:r>", "某某学院1+X证书制度试点工作总结报告")]
    [InlineData("<w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>年度总结</w:t></w:r>", "年度总结")]
    public void The_first_title_like_paragraph_before_the_first_heading_is_the_title(string paragraph, string title)
    {
        var outline = Extract($"<w:p>{paragraph}</w:p>" + P("一、概况", bold: true) + P("正文。"));

        Assert.Equal(title, outline.Title);
        Assert.Equal(["一、概况"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void A_report_title_in_a_heading_style_is_the_title_not_a_section()
    {
        var outline = Extract(P("某学院1+X证书制度试点工作总结报告", "<w:pStyle w:val=\"Heading1\"/>")
            + P("一、概况", "<w:pStyle w:val=\"Heading1\"/>") + P("正文。"));

        Assert.Equal("某学院1+X证书制度试点工作总结报告", outline.Title);
        Assert.Equal(["一、概况"], outline.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Document_chars_count_the_whole_body_including_title_and_headings()
    {
        var outline = Extract(P("某学院典型案例") + P("一、背景", bold: true) + P("2020年完成41.69%的目标，共3个证书。"));

        Assert.Equal(7 + 4 + 15, outline.Chars);
        Assert.Equal(15, outline.Sections[0].Chars);
    }

    [Fact]
    public void Leading_text_holds_the_first_five_non_empty_paragraphs()
    {
        var outline = Extract(P("甲") + P(" ") + P("乙") + P("丙") + P("丁") + P("戊") + P("己"));

        Assert.Equal(["甲", "乙", "丙", "丁", "戊"], outline.LeadingText);
    }

    [Fact]
    public void A_centred_bold_school_name_above_the_report_title_does_not_replace_the_title()
    {
        var centredBold = "<w:pPr><w:jc w:val=\"center\"/></w:pPr>";
        var outline = Extract(P("武汉工程大学", centredBold, bold: true) + P("1+X证书制度试点工作总结报告", centredBold, bold: true)
            + P("一、概况", bold: true) + P("正文。"));

        Assert.Equal("1+X证书制度试点工作总结报告", outline.Title);
    }

    [Fact]
    public void When_the_title_uses_heading_1_the_heading_2_sections_are_top_level_but_typed_sub_headings_are_not()
    {
        var outline = Extract(P("某学院1+X证书制度试点工作总结报告", "<w:pStyle w:val=\"Heading1\"/>")
            + P("一、概况", "<w:pStyle w:val=\"Heading2\"/>") + P("（一）组织", bold: true) + P("正文。")
            + P("二、特色创新", "<w:pStyle w:val=\"Heading2\"/>") + P("正文。"));

        Assert.Equal(["一、概况", "二、特色创新"], outline.Sections.Select(s => s.Heading));
        Assert.Equal(5 + 3, outline.Sections[0].Chars);
    }

    [Fact]
    public void A_heading_followed_directly_by_the_next_heading_has_zero_chars()
    {
        var outline = Extract(new WordSampleBuilder(HeadingRepresentation.HeadingStyleNumbered)
            .Heading("概况").Heading("主要做法与成效").Prose(20).ToArray());

        Assert.Equal([0, 20], outline.Sections.Select(s => s.Chars));
    }
}
