using Pilot1X.Core.Materials;

namespace Pilot1X.Core.Tests.Materials;

public sealed class MaterialClassifierTests
{
    [Theory]
    [InlineData("武汉工程大学1+X证书制度试点工作总结报告.docx", MaterialKind.Summary)]
    [InlineData("武汉工程大学1+X证书制度试点工作总结报告（盖章扫描版）-2.jpg", MaterialKind.Summary)]
    [InlineData("工作总结.docx", MaterialKind.Summary)]
    [InlineData("武汉铁路职业技术学院对培训评价组织1+X证书制度试点工作评价报告.docx", MaterialKind.Evaluation)]
    [InlineData("培训评价组织评价.docx", MaterialKind.Evaluation)]
    [InlineData("武汉工程大学1+X证书制度试点工作典型案例-以评促学.docx", MaterialKind.Case)]
    [InlineData("问卷调查截图.png", MaterialKind.Questionnaire)]
    [InlineData("武汉工程大学1+X证书制度试点工作.docx", MaterialKind.Unknown)]
    [InlineData("扫描0001.jpg", MaterialKind.Unknown)]
    public void File_name_keywords_give_the_kind(string path, MaterialKind expected) =>
        Assert.Equal(expected, MaterialClassifier.FromName(path));

    [Theory]
    [InlineData("1.工作总结报告/扫描0001.jpg", MaterialKind.Summary)]
    [InlineData("2.评价报告/Word版.docx", MaterialKind.Evaluation)]
    [InlineData("3.典型案例/案例一.docx", MaterialKind.Case)]
    [InlineData(@"材料\3.典型案例\课证融通.docx", MaterialKind.Case)]
    [InlineData("inbox/01.eml!/武汉工程大学1+X证书制度试点工作.zip!/1.工作总结报告/正文.docx", MaterialKind.Summary)]
    [InlineData("武汉铁路职业技术学院1+X证书制度试点工作/说明.docx", MaterialKind.Unknown)]
    public void Folder_names_give_the_kind_when_the_file_name_says_nothing(string path, MaterialKind expected) =>
        Assert.Equal(expected, MaterialClassifier.FromName(path));

    [Theory]
    [InlineData("3.典型案例/武汉工程大学1+X证书制度试点工作总结报告.docx", MaterialKind.Summary)]
    [InlineData("1.工作总结报告/武汉工程大学1+X证书制度试点工作典型案例.docx", MaterialKind.Case)]
    [InlineData("典型案例.zip!/评价报告.docx", MaterialKind.Evaluation)]
    public void File_name_wins_over_its_folders(string path, MaterialKind expected) =>
        Assert.Equal(expected, MaterialClassifier.FromName(path));

    [Theory]
    [InlineData("湖北交通职业技术学院1+X证书制度试点工作总结报告", MaterialKind.Summary)]
    [InlineData("湖北交通职业技术学院对培训评价组织1+X证书制度试点工作评价报告", MaterialKind.Evaluation)]
    [InlineData("典型案例：课证融通 赋能育人", MaterialKind.Case)]
    public void Document_title_gives_the_kind(string title, MaterialKind expected) =>
        Assert.Equal(expected, MaterialClassifier.FromContent(title, ["为贯彻落实国家职业教育改革实施方案，我校总结经验如下。"]));

    [Fact]
    public void Summary_outline_headings_identify_an_untitled_summary() =>
        Assert.Equal(MaterialKind.Summary, MaterialClassifier.FromContent(null, ["一、1+X证书制度试点工作概况", "我校于2019年……", "二、主要做法与成效"]));

    [Fact]
    public void Summary_outline_with_the_notice_typo_counts() =>
        Assert.Equal(MaterialKind.Summary, MaterialClassifier.FromContent("", ["四、自查自査结果", "五、 特色 创新"]));

    [Fact]
    public void Evaluation_outline_headings_identify_an_untitled_evaluation_report() =>
        Assert.Equal(MaterialKind.Evaluation, MaterialClassifier.FromContent("评估材料", ["一、培训评价组织试点工作基本情况", "二、培训评价组织支持试点工作情况"]));

    [Fact]
    public void Case_subtitle_line_identifies_a_case_with_a_free_title() =>
        Assert.Equal(MaterialKind.Case, MaterialClassifier.FromContent("课证融通 赋能育人", ["——湖北交通职业技术学院1+X证书制度试点典型案例", "一、实施背景"]));

    [Fact]
    public void One_shared_heading_and_body_words_are_not_enough()
    {
        var texts = new[]
        {
            "一、主要做法与成效",
            "我校在试点中不断总结经验，形成了可推广的评价模式，并在全校范围内推广应用，取得了良好的育人效果和社会反响。",
        };

        Assert.Equal(MaterialKind.Unknown, MaterialClassifier.FromContent(null, texts));
    }

    [Fact]
    public void Nothing_to_go_on_is_unknown() =>
        Assert.Equal(MaterialKind.Unknown, MaterialClassifier.FromContent(null, []));
}
