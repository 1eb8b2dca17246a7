using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;

namespace Pilot1X.Core.Tests.Reporting;

public sealed class CompletenessImpactTests
{
    [Theory]
    [InlineData(FindingCode.SectionMissing, true)]
    [InlineData(FindingCode.DocumentUnreadable, true)]
    [InlineData(FindingCode.LegacyWordFormat, false)]
    [InlineData(FindingCode.NameNonconforming, false)]
    [InlineData(FindingCode.SealUndetermined, false)]
    public void Only_an_error_blocks_complete_and_is_labelled_must_fix(string code, bool blocks)
    {
        var finding = Finding.Of(code, "a.docx", "…");

        Assert.Equal(blocks, CompletenessImpact.Blocks(finding));
        Assert.Equal(blocks ? "【必须修改（影响齐全）】" : "【建议】", CompletenessImpact.Label(finding));
    }

    [Fact]
    public void A_legacy_word_version_owes_nothing_and_an_invalid_scan_or_a_missing_case_word_version_blocks()
    {
        MaterialReport[] materials =
        [
            new(MaterialKind.Summary, true, MaterialState.Unchecked, MaterialState.Invalid, []),
            new(MaterialKind.Case, false, MaterialState.Missing, MaterialState.Ok, []),
        ];

        Assert.Equal(
            [new MaterialGap(MaterialKind.Summary, false, MaterialState.Invalid), new MaterialGap(MaterialKind.Case, true, MaterialState.Missing)],
            materials.SelectMany(CompletenessImpact.GapsOf));
        Assert.False(CompletenessImpact.IsComplete(materials));
        Assert.True(CompletenessImpact.IsComplete([new(MaterialKind.Summary, true, MaterialState.Unchecked, MaterialState.Ok, [])]));
    }
}
