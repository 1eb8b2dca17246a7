using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;

namespace Pilot1X.Core.Reporting;

/// <summary>
/// What blocks 齐全 and what is only advice, decided once for the completeness verdict, the receipt, the reminder and the
/// workbook. An error finding makes its file invalid (a file with one counts for nothing, so its material stays missing
/// or invalid); warnings and notes never change the verdict. A material blocks when a version it owes is not there or is
/// invalid: Word and scan for the summary and (sampled) evaluation, the Word version of a case that was sent.
/// </summary>
public static class CompletenessImpact
{
    /// <summary>The label of an item that must be fixed before the institution can be 齐全.</summary>
    public const string MustFixLabel = "【必须修改（影响齐全）】";

    /// <summary>The label of an item that is advice: the verdict does not depend on it.</summary>
    public const string AdviceLabel = "【建议】";

    /// <summary>True when the finding makes its file count for nothing, so it keeps the institution from 齐全.</summary>
    public static bool Blocks(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Severity == Severity.Error;
    }

    /// <summary>The label for an item, by whether it blocks 齐全.</summary>
    public static string Label(bool blocks) => blocks ? MustFixLabel : AdviceLabel;

    /// <summary>The label for a finding.</summary>
    public static string Label(Finding finding) => Label(Blocks(finding));

    /// <summary>A .doc/.wps Word version counts as received (the contract's <c>unchecked</c>).</summary>
    public static bool Counts(MaterialState word) => word is MaterialState.Ok or MaterialState.Unchecked;

    /// <summary>The versions of <paramref name="material"/> that keep its institution from 齐全; none when it does not block.</summary>
    public static IEnumerable<MaterialGap> GapsOf(MaterialReport material)
    {
        ArgumentNullException.ThrowIfNull(material);
        if (material.Required)
        {
            if (!Counts(material.Word))
            {
                yield return new MaterialGap(material.Kind, true, material.Word);
            }

            if (material.Scan != MaterialState.Ok)
            {
                yield return new MaterialGap(material.Kind, false, material.Scan);
            }
        }
        else if (material.Kind == MaterialKind.Case && !Counts(material.Word))
        {
            yield return new MaterialGap(material.Kind, true, material.Word);
        }
    }

    /// <summary>True when none of the materials blocks: the institution is 齐全.</summary>
    public static bool IsComplete(IEnumerable<MaterialReport> materials) => materials.All(m => !GapsOf(m).Any());
}
