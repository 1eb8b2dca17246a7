using Pilot1X.Core.Attribution;

namespace Pilot1X.Core.Materials;

/// <summary>
/// The words by which names and titles say which material they are. The most specific word wins
/// (问卷, 案例, then 评价报告/培训评价组织, then 总结, then a bare 评价), so a case about evaluation stays a case.
/// </summary>
internal static class MaterialKeywords
{
    internal static MaterialKind Classify(string text)
    {
        var normalized = NameNormalizer.Normalize(text);
        if (normalized.Contains("问卷", StringComparison.Ordinal))
        {
            return MaterialKind.Questionnaire;
        }

        if (normalized.Contains("案例", StringComparison.Ordinal))
        {
            return MaterialKind.Case;
        }

        if (normalized.Contains("评价报告", StringComparison.Ordinal) || normalized.Contains("培训评价组织", StringComparison.Ordinal))
        {
            return MaterialKind.Evaluation;
        }

        if (normalized.Contains("总结", StringComparison.Ordinal))
        {
            return MaterialKind.Summary;
        }

        return normalized.Contains("评价", StringComparison.Ordinal) ? MaterialKind.Evaluation : MaterialKind.Unknown;
    }
}
