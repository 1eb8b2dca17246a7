using Pilot1X.Core.Attribution;

namespace Pilot1X.Core.Materials;

/// <summary>
/// Recognises a report by its headings when the title says nothing: the six sections of 附件1 (summary) and
/// the four of 附件4 (evaluation), matched in normalised text so numbering and spacing do not matter.
/// </summary>
internal static class OutlineEvidence
{
    private static readonly string[][] SummarySections =
    [
        ["试点工作概况"],
        ["主要做法与成效"],
        ["存在问题及原因分析"],
        ["自查自查结果", "自查自査结果"],
        ["特色创新"],
        ["下一步工作计划"],
    ];

    private static readonly string[][] EvaluationSections =
    [
        ["培训评价组织试点工作基本情况"],
        ["培训评价组织支持试点工作情况"],
        ["培训评价组织试点工作存在的问题"],
        ["培训评价组织试点工作评价结果"],
    ];

    internal static MaterialKind Classify(IReadOnlyList<string> normalizedTexts)
    {
        var summary = Hits(SummarySections, normalizedTexts);
        var evaluation = Hits(EvaluationSections, normalizedTexts);
        if (evaluation > 0 && evaluation >= summary)
        {
            return MaterialKind.Evaluation;
        }

        return summary >= 2 ? MaterialKind.Summary : MaterialKind.Unknown;
    }

    private static int Hits(string[][] sections, IReadOnlyList<string> texts) =>
        sections.Count(variants => texts.Any(text => variants.Any(v => text.Contains(v, StringComparison.Ordinal))));
}
