using Pilot1X.Core.Attribution;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;

namespace Pilot1X.Mail.Receipts;

/// <summary>
/// The lines of a receipt about one institution: where each material stands (二), the problems (三) and what is still owed
/// (四), each problem and each owed item labelled by <see cref="CompletenessImpact"/> as blocking 齐全 or advice.
/// </summary>
internal static class ReceiptItems
{
    public const string CompleteLine = "材料已齐全，无需补交。";

    public static List<string> Materials(IReadOnlyList<MaterialReport> materials) =>
        [.. materials.Where(m => m.Required).Select(m =>
            $"{MaterialNames.Title(m.Kind)}：Word 版{(m.Word == MaterialState.Unchecked ? LegacyWord(m) : State(m.Word))}，盖章扫描件{State(m.Scan)}。")];

    /// <summary>The findings a person must act on, blocking ones first; lateness is said once per mail elsewhere.</summary>
    public static List<string> Problems(IEnumerable<Finding> findings) =>
        [.. findings.Where(f => f.Code is not FindingCode.LateSubmission and not FindingCode.MaterialMissing)
            .OrderByDescending(CompletenessImpact.Blocks)
            .Select(f => CompletenessImpact.Label(f) + (f.FixBeyondMessage() is { } fix ? $"{f.Message} 修改方法：{fix}" : f.Message))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// What still keeps the institution from 齐全, from its status row's materials; “已齐全” only when the status says so.
    /// A .doc/.wps Word version counts, so it is owed nothing here (二 and 三 advise a .docx).
    /// </summary>
    public static List<string> StillOwed(Institution institution, IReadOnlyList<MaterialReport> materials, bool complete)
    {
        if (complete)
        {
            return [CompleteLine];
        }

        var owed = materials.SelectMany(CompletenessImpact.GapsOf).Select(g => CompletenessImpact.MustFixLabel + Owed(institution, g)).ToList();
        // The status is the truth: should it be 未齐全 for a reason no material shows, say so rather than claim 齐全.
        return owed.Count > 0 ? owed : [CompletenessImpact.MustFixLabel + "材料尚未齐全，请按上文的问题修改后重新发送。"];
    }

    private static string Owed(Institution institution, MaterialGap gap)
    {
        var version = gap.IsWord ? "Word 版" : "盖章扫描件";
        return gap.State == MaterialState.Missing
            ? $"{MaterialNames.Title(gap.Kind)}（{version}），文件名：{NamingRule.SuggestName(institution, gap.Kind, scan: !gap.IsWord, gap.IsWord ? "docx" : "pdf")}"
            // Its name was accepted (else 三 suggests one): only the content needs the fix.
            : $"{MaterialNames.Title(gap.Kind)}（{version}）已收到但有必须修改的问题（见上文），请修改后重新发送";
    }

    private static string State(MaterialState state) => state switch
    {
        MaterialState.Ok => "已收到",
        MaterialState.Invalid => "已收到但有问题（见下文）",
        _ => OfficeLabels.NothingReceived,
    };

    private static string LegacyWord(MaterialReport material) =>
        $"已收到（{ContractNames.LegacyWordExtension(material)} 格式，系统无法自动检查其提纲与字数，建议用 Word/WPS 另存为 .docx 后重新发送）";
}
