using Pilot1X.Core.Word;

namespace Pilot1X.Core.Tests.Word;

public class WordCharCounterTests
{
    [Theory]
    [InlineData("2020年完成41.69%的目标，共3个证书。", 15)]   // 2020|年|完成|41.69%|的目标|，|共|3|个证书|。
    [InlineData("本年度共申报Web前端开发等6个证书", 16)]        // 本年度共申报|Web|前端开发等|6|个证书
    [InlineData("", 0)]
    [InlineData("   \t\n　", 0)]
    [InlineData("Hello world", 2)]
    [InlineData("“岗课赛证”", 6)]
    [InlineData("（一）工作举措1", 8)]
    [InlineData("１＋Ｘ证书", 5)]
    public void Count_matches_Word_for_Chinese_text(string text, int expected)
    {
        Assert.Equal(expected, WordCharCounter.Count(text));
    }

    [Fact]
    public void Count_treats_each_ideograph_and_each_ascii_run_separately()
    {
        // 建筑信息模型 = 6, （ = 1, BIM = 1, ） = 1
        Assert.Equal(9, WordCharCounter.Count("建筑信息模型（BIM）"));
    }

    [Fact]
    public void Count_counts_an_extension_b_ideograph_once()
    {
        Assert.Equal(2, WordCharCounter.Count("\U00020000字"));
    }
}
