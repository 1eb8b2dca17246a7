using Pilot1X.Core.Materials;

namespace Pilot1X.Core.Reporting.Dashboard;

/// <summary>
/// One version (Word or scan) of one material in the completeness matrix: its label and its colour class
/// (合格 green, 有误 and Word（.doc，未检查） amber, 缺少 red, 无需提交 grey).
/// </summary>
internal sealed record DashboardCell(string Label, string CssClass)
{
    public static readonly DashboardCell NotOwed = new("无需提交", "st-na");

    /// <summary>The cell's text under its version label (“Word 合格”); a label that already names the version stands alone (“Word（.doc，未检查）”).</summary>
    public string Text(string version) =>
        Label.StartsWith(version, StringComparison.Ordinal) ? Label : $"{version} {Label}";

    /// <summary>
    /// A material nobody owes counts as 无需提交, never as 缺少 — except the Word version of a case that was sent as a scan
    /// only, which <see cref="CompletenessEvaluator"/> holds against the institution, so the matrix must show it red too.
    /// </summary>
    public static DashboardCell Of(MaterialReport? material, bool word)
    {
        if (material is null)
        {
            return NotOwed;
        }

        var state = word ? material.Word : material.Scan;
        return state switch
        {
            MaterialState.Ok => new DashboardCell(ContractNames.Label(state), "st-ok"),
            MaterialState.Invalid => new DashboardCell(ContractNames.Label(state), "st-invalid"),
            // Counts for completeness, but nobody checked it: amber like 有误, with its own words.
            MaterialState.Unchecked => new DashboardCell(ContractNames.Label(material, word), "st-invalid"),
            _ when !material.Required && !(word && material.Kind == MaterialKind.Case) => NotOwed,
            _ => new DashboardCell(ContractNames.Label(state), "st-missing"),
        };
    }
}
