using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>
/// The workbook's 问题清单: every problem in a file people must look at, named in Chinese, with the file as the school named
/// it and the mail (subject, arrival) it came in; the contract code is the last column for whoever filters by it.
/// MATERIAL_MISSING is left out: what is missing is one line per institution in 今日需跟进.
/// </summary>
internal static class FindingsSheetContent
{
    public static readonly IReadOnlyList<string> Headers = ["单位", "问题", "影响", "文件", "来件", "说明", "改正建议", "代码"];

    public static SheetContent Of(OfficeSummary summary)
    {
        var sheet = new SheetContent(Headers);
        foreach (var entry in summary.FileFindings)
        {
            var finding = entry.Finding;
            sheet.Add(WorkbookStyles.Plain,
                entry.Institution ?? "（无法确定单位）",
                FindingNames.Of(finding.Code),
                OfficeLabels.Of(finding.Severity),
                finding.File is { } file ? DisplayName.ForPeople(file) : "（整个单位）",
                entry.Arrival?.Describe() ?? "—",
                finding.Message,
                finding.Suggestion,
                finding.Code);
        }

        return sheet;
    }
}
