using Pilot1X.Core.Materials;
using Pilot1X.Core.Templates;

namespace Pilot1X.Core.Tests.Templates;

public class SectionMatchingTests
{
    [Theory]
    [InlineData("1+X证书制度试点工作概况", 1)]
    [InlineData("1＋X证书制度试点工作概况", 1)]
    [InlineData("1 + X 证书制度试点工作 概况", 1)]
    [InlineData("试点工作基本情况", 1)]
    [InlineData("主要做法及成效", 2)]
    [InlineData("主要做法和取得的成效", 2)]
    [InlineData("存在的问题及原因分析", 3)]
    [InlineData("存在问题与原因分析", 3)]
    [InlineData("自查自査结果", 4)]
    [InlineData("自查自查结果", 4)]
    [InlineData("自查结果", 4)]
    [InlineData("特色与创新", 5)]
    [InlineData("下一步工作计划及有关意见、建议", 6)]
    [InlineData("下一步工作计划", 6)]
    [InlineData("意见和建议", 6)]
    public void Summary_headings_are_matched_despite_wording_typos_and_width(string title, int expected)
    {
        var check = new OutlineValidator().Validate(MaterialKind.Summary, SummaryTemplateTests.Outline((title, 50)), "a.docx");

        Assert.Equal(expected, check.Sections.Single().Template);
    }

    [Theory]
    [InlineData("培训评价组织试点工作基本情况", 1)]
    [InlineData("培训评价组织支持试点工作情况", 2)]
    [InlineData("培训评价组织试点工作存在的问题", 3)]
    [InlineData("培训评价组织试点工作存在问题", 3)]
    [InlineData("对培训评价组织试点工作评价结果", 4)]
    [InlineData("对培训评价组织的评价结果", 4)]
    public void Evaluation_headings_are_told_apart_by_their_distinctive_words(string title, int expected)
    {
        var check = new OutlineValidator().Validate(MaterialKind.Evaluation, SummaryTemplateTests.Outline((title, 50)), "a.docx");

        Assert.Equal(expected, check.Sections.Single().Template);
    }

    [Theory]
    [InlineData("工作举措1")]
    [InlineData("经验与启示")]
    [InlineData("实施背景")]
    [InlineData("经费使用情况")]
    public void Unrelated_evaluation_headings_are_not_matched(string title)
    {
        var check = new OutlineValidator().Validate(MaterialKind.Evaluation, SummaryTemplateTests.Outline((title, 50)), "a.docx");

        Assert.Null(check.Sections.Single().Template);
    }
}
