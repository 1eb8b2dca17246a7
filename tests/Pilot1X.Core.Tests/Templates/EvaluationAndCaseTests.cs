using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Templates;
using Pilot1X.Core.Word;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Templates;

public class EvaluationAndCaseTests
{
    private const string File = "武汉工程大学1+X证书制度试点工作典型案例.docx";

    private static OutlineCheck Validate(MaterialKind kind, byte[] docx) =>
        new OutlineValidator().Validate(kind, new OutlineExtractor().Extract(new MemoryStream(docx)), File);

    [Fact]
    public void An_evaluation_report_without_section_four_misses_the_evaluation_result()
    {
        var check = Validate(MaterialKind.Evaluation, WordSamples.EvaluationReport("武汉铁路职业技术学院", omitSection: 4));

        var finding = Assert.Single(check.Findings);
        Assert.Equal(FindingCode.SectionMissing, finding.Code);
        Assert.Equal("缺少第四部分“对培训评价组织试点工作评价结果”", finding.Message);
        Assert.Contains("附件4", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_evaluation_report_has_no_findings()
    {
        var check = Validate(MaterialKind.Evaluation, WordSamples.EvaluationReport("武汉铁路职业技术学院"));

        Assert.Equal([1, 2, 3, 4], check.Sections.Select(s => s.Template));
        Assert.Empty(check.Findings);
    }

    [Fact]
    public void A_case_of_about_3000_chars_with_captioned_pictures_has_no_findings()
    {
        var check = Validate(MaterialKind.Case, WordSamples.TypicalCase("武汉工程大学", 3000, 2));

        Assert.Empty(check.Findings);
        Assert.All(check.Sections, s => Assert.Null(s.Template));
        Assert.Equal(4, check.Sections.Count);
    }

    [Theory]
    [InlineData(1999, true)]
    [InlineData(2000, false)]
    [InlineData(4500, false)]
    [InlineData(4501, true)]
    public void Case_length_is_flagged_below_2000_or_above_4500_chars(int chars, bool flagged)
    {
        var check = Validate(MaterialKind.Case, WordSamples.TypicalCase("武汉工程大学", chars, 1));

        var findings = check.Findings.Where(f => f.Code == FindingCode.CaseLength).ToList();
        Assert.Equal(flagged ? 1 : 0, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.Equal(Severity.Warning, f.Severity);
            Assert.Contains(chars.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Message, StringComparison.Ordinal);
            Assert.Contains("3000", f.Suggestion, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_case_without_pictures_is_flagged()
    {
        var check = Validate(MaterialKind.Case, WordSamples.TypicalCase("武汉工程大学", 3000, 0));

        var finding = Assert.Single(check.Findings);
        Assert.Equal(FindingCode.CaseNoImages, finding.Code);
        Assert.Contains("图文并茂", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_uncaptioned_picture_gets_its_own_finding_naming_its_index()
    {
        var check = Validate(MaterialKind.Case, WordSamples.TypicalCase("武汉工程大学", 3000, 1, uncaptionedPictures: 2));

        var findings = check.Findings.Where(f => f.Code == FindingCode.ImageCaptionMissing).ToList();
        Assert.Equal(["第2张图片没有图片说明", "第3张图片没有图片说明"], findings.Select(f => f.Message));
        Assert.Contains("图2 ……", findings[0].Suggestion, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Equal(File, f.File));
    }

    [Theory]
    [InlineData(MaterialKind.Unknown)]
    [InlineData(MaterialKind.Questionnaire)]
    public void Other_materials_list_sections_without_findings(MaterialKind kind)
    {
        var check = Validate(kind, WordSamples.EvaluationReport("武汉工程大学", omitSection: 2));

        Assert.Equal(3, check.Sections.Count);
        Assert.All(check.Sections, s => Assert.Null(s.Template));
        Assert.Empty(check.Findings);
    }
}
