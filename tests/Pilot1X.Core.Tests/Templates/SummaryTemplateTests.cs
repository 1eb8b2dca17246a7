using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Templates;
using Pilot1X.Core.Word;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Templates;

public class SummaryTemplateTests
{
    private const string File = "inbox/01.eml!/武汉工程大学1+X证书制度试点工作.zip!/武汉工程大学1+X证书制度试点工作总结报告.docx";

    private static OutlineCheck Check(params (string Heading, int Chars)[] sections) =>
        new OutlineValidator().Validate(MaterialKind.Summary, Outline(sections), File);

    internal static WordOutline Outline(params (string Heading, int Chars)[] sections) =>
        new("报告", sections.Select(s => new OutlineSection(s.Heading, Strip(s.Heading), s.Chars)).ToList(),
            sections.Sum(s => s.Chars), [], []);

    private static string Strip(string heading) => heading.Length > 2 && heading[1] == '、' ? heading[2..] : heading;

    [Theory]
    [InlineData(HeadingRepresentation.HeadingStyleNumbered)]
    [InlineData(HeadingRepresentation.TypedBold)]
    [InlineData(HeadingRepresentation.AutomaticNumberingFromStyle)]
    public void A_complete_summary_report_matches_all_six_sections_without_findings(HeadingRepresentation headings)
    {
        var outline = new OutlineExtractor().Extract(new MemoryStream(WordSamples.SummaryReport("武汉工程大学", headings)));

        var check = new OutlineValidator().Validate(MaterialKind.Summary, outline, File);

        Assert.Equal([1, 2, 3, 4, 5, 6], check.Sections.Select(s => s.Template));
        Assert.Empty(check.Findings);
    }

    [Fact]
    public void A_missing_section_is_an_error_naming_the_part_and_the_heading_to_add()
    {
        var check = Check(("一、1+X证书制度试点工作概况", 100), ("二、主要做法与成效", 100), ("三、存在问题及原因分析", 100),
            ("四、自查自查结果", 100), ("五、下一步工作计划及有关意见建议", 100));

        var finding = Assert.Single(check.Findings);
        Assert.Equal(FindingCode.SectionMissing, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(File, finding.File);
        Assert.Equal("缺少第五部分“特色创新”", finding.Message);
        Assert.Contains("五、特色创新", finding.Suggestion, StringComparison.Ordinal);
        Assert.Contains("附件1", finding.Suggestion, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3, 4, 6], check.Sections.Select(s => s.Template));
    }

    [Fact]
    public void A_heading_without_body_is_an_empty_section_error()
    {
        var check = Check(("一、1+X证书制度试点工作概况", 100), ("二、主要做法与成效", 0), ("三、存在问题及原因分析", 100),
            ("四、自查自查结果", 100), ("五、特色创新", 100), ("六、下一步工作计划及有关意见建议", 100));

        var finding = Assert.Single(check.Findings);
        Assert.Equal(FindingCode.SectionEmpty, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("主要做法与成效", finding.Message, StringComparison.Ordinal);
        Assert.Contains("二、主要做法与成效", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_out_of_template_order_give_one_order_warning()
    {
        var check = Check(("一、1+X证书制度试点工作概况", 100), ("二、主要做法与成效", 100), ("三、自查自查结果", 100),
            ("四、存在问题及原因分析", 100), ("五、特色创新", 100), ("六、下一步工作计划及有关意见建议", 100));

        var finding = Assert.Single(check.Findings);
        Assert.Equal(FindingCode.SectionOrder, finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("存在问题及原因分析", finding.Message, StringComparison.Ordinal);
        Assert.Equal([1, 2, 4, 3, 5, 6], check.Sections.Select(s => s.Template));
    }

    [Fact]
    public void Unrelated_headings_match_no_template_section()
    {
        var check = Check(("一、工作举措", 100), ("二、经验与启示", 100), ("三、学校简介", 100));

        Assert.All(check.Sections, s => Assert.Null(s.Template));
        Assert.Equal(6, check.Findings.Count(f => f.Code == FindingCode.SectionMissing));
    }

    [Fact]
    public void Two_headings_for_the_same_section_match_it_once()
    {
        var check = Check(("一、1+X证书制度试点工作概况", 100), ("二、概况", 100));

        Assert.Equal([1, null], check.Sections.Select(s => s.Template));
    }
}
