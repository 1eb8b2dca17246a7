using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Reporting;

/// <summary>
/// Decides, per institution, whether each material it owes has a valid Word version and a valid scan
/// (summary for all, evaluation for the sampled; cases only when sent, and then their Word version must be valid).
/// Only the newest version of each material counts, so a corrected resubmission clears the old errors.
/// </summary>
public static class CompletenessEvaluator
{
    private static readonly MaterialKind[] Order = [MaterialKind.Summary, MaterialKind.Evaluation, MaterialKind.Case, MaterialKind.Questionnaire];

    public static CompletenessResult Evaluate(Institution institution, IEnumerable<MaterialEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(institution);
        var current = CurrentVersions(evidence);
        var materials = new List<MaterialReport>();
        var missing = new List<Finding>();
        foreach (var kind in Order)
        {
            var required = kind == MaterialKind.Summary || (kind == MaterialKind.Evaluation && institution.Sampled);
            var versions = current.Where(e => e.Kind == kind).ToList();
            if (!required && versions.Count == 0)
            {
                continue;
            }

            var word = State(versions.Where(e => e.IsWord));
            var scan = State(versions.Where(e => !e.IsWord));
            materials.Add(new MaterialReport(kind, required, word, scan, [.. versions.Select(e => e.File)]));
            if (required)
            {
                AddMissing(missing, institution, kind, word, scan);
            }
            else if (kind == MaterialKind.Case && word == MaterialState.Missing)
            {
                missing.Add(Finding.Of(FindingCode.MaterialMissing, null,
                    "收到了典型案例的扫描件，但缺少其 Word 电子版（.docx）。", $"请补交“{Suggest(institution, kind, scan: false)}”。"));
            }
        }

        return new CompletenessResult(CompletenessImpact.IsComplete(materials), materials, missing);
    }

    /// <summary>
    /// The versions that count: per material, Word or scan, and version key, the newest received. Whoever shows which
    /// file counts (the dashboard, the workbook) asks this, so it can never disagree with the completeness verdict.
    /// </summary>
    public static IReadOnlyList<MaterialEvidence> CurrentVersions(IEnumerable<MaterialEvidence> evidence) =>
        [.. evidence
            .GroupBy(e => (e.Kind, e.IsWord, e.VersionKey))
            .Select(g => g.OrderBy(e => e.ReceivedAt).Last())];

    private static MaterialState State(IEnumerable<MaterialEvidence> versions)
    {
        var list = versions.ToList();
        return list.Count == 0 ? MaterialState.Missing
            : list.Any(e => !e.HasError && !e.Unchecked) ? MaterialState.Ok
            : list.Any(e => !e.HasError) ? MaterialState.Unchecked
            : MaterialState.Invalid;
    }

    private static void AddMissing(List<Finding> missing, Institution institution, MaterialKind kind, MaterialState word, MaterialState scan)
    {
        var title = MaterialNames.Title(kind);
        if (word == MaterialState.Missing)
        {
            missing.Add(Finding.Of(FindingCode.MaterialMissing, null, $"缺少{title}的 Word 电子版（.docx）。",
                $"请提交“{Suggest(institution, kind, scan: false)}”。"));
        }

        if (scan == MaterialState.Missing)
        {
            missing.Add(Finding.Of(FindingCode.MaterialMissing, null, $"缺少{title}的盖章扫描版。",
                $"请将盖章后的纸质材料彩色扫描为 PDF，命名为“{Suggest(institution, kind, scan: true)}”后提交。"));
        }
    }

    private static string Suggest(Institution institution, MaterialKind kind, bool scan) =>
        Attribution.NamingRule.SuggestName(institution, kind, scan, scan ? ".pdf" : ".docx");
}
