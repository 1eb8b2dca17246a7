using System.Reflection;
using Pilot1X.Core.Findings;

namespace Pilot1X.Core.Tests.Findings;

public sealed class FindingNamesTests
{
    private static List<string> Codes() =>
        [.. typeof(FindingCode).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void Every_finding_code_has_its_own_chinese_name()
    {
        var codes = Codes();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.True(FindingNames.Has(c), $"{c} has no Chinese name in FindingNames"));
        Assert.Equal(codes.Count, codes.Select(FindingNames.Of).Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes.Select(FindingNames.Of), n => Assert.DoesNotMatch("[A-Z_]{4,}", n));
    }

    [Fact]
    public void An_unknown_code_reads_as_other_problem_instead_of_the_raw_code()
    {
        Assert.Equal("其他问题", FindingNames.Of("SOMETHING_NEW"));
    }
}
