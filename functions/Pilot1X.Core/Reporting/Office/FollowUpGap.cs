using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>
/// What an institution still lacks, in ONE line the office can read out on the phone:
/// “工作总结报告缺盖章扫描件；评价报告Word版缺少第四部分“对培训评价组织试点工作评价结果””. Built from the same materials
/// and findings as its status, so the line and the 齐全 / 未齐全 verdict never disagree.
/// </summary>
public static class FollowUpGap
{
    private static readonly string[] WordExtensions = [".docx", ".doc", ".wps"];

    public static string Of(OfficeRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var parts = row.Materials.Select(m => Of(m, row.Findings)).OfType<string>().ToList();
        return parts.Count > 0 ? string.Join("；", parts)
            : row.Status == OfficeStatus.Complete ? "无" : "材料有误，见问题清单";
    }

    private static string? Of(MaterialReport material, IReadOnlyList<Finding> findings)
    {
        var brief = MaterialNames.Brief(material.Kind);
        var counts = material.Word is MaterialState.Ok or MaterialState.Unchecked;
        if (!material.Required)
        {
            // An optional case only blocks when its Word version is missing or wrong.
            return counts ? null : material.Word == MaterialState.Missing ? brief + "缺Word版" : brief + "Word版" + Problem(material, findings, word: true);
        }

        if (material.Word == MaterialState.Missing && material.Scan == MaterialState.Missing)
        {
            return brief + "缺Word版和盖章扫描件";
        }

        var gaps = new List<string>();
        if (material.Word == MaterialState.Missing)
        {
            gaps.Add("缺Word版");
        }
        else if (material.Word == MaterialState.Invalid)
        {
            gaps.Add("Word版" + Problem(material, findings, word: true));
        }

        if (material.Scan == MaterialState.Missing)
        {
            gaps.Add("缺盖章扫描件");
        }
        else if (material.Scan == MaterialState.Invalid)
        {
            gaps.Add("扫描件" + Problem(material, findings, word: false));
        }

        return gaps.Count == 0 ? null : brief + string.Join("，", gaps);
    }

    /// <summary>The first error that blocks this version: a missing section by its title, anything else by its Chinese name.</summary>
    private static string Problem(MaterialReport material, IReadOnlyList<Finding> findings, bool word)
    {
        var error = findings.FirstOrDefault(f => f.Severity == Severity.Error && f.Code != FindingCode.MaterialMissing
            && f.File is { } file && material.Files.Contains(file, StringComparer.Ordinal) && IsWord(file) == word);
        return error switch
        {
            null => "有误",
            { Code: FindingCode.SectionMissing or FindingCode.SectionEmpty } => error.Message.TrimEnd('。'),
            _ => "：" + FindingNames.Of(error.Code),
        };
    }

    private static bool IsWord(string file) =>
        WordExtensions.Any(e => Intake.DisplayName.Leaf(file).EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
