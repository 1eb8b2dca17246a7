namespace Pilot1X.Core.Reporting.Office;

/// <summary>The workbook's 今日需跟进 sheet: every 未交 and 未齐全 institution, whom to call, and what it still lacks.</summary>
internal static class FollowUpSheetContent
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "单位名称", "办学层次", "状态", "联系人", "电话", "联系邮箱", "最近来件（北京时间）", "最近回执（北京时间）", "还缺什么",
    ];

    public static SheetContent Of(OfficeSummary summary)
    {
        var sheet = new SheetContent(Headers);
        foreach (var item in FollowUpItem.ListOf(summary))
        {
            var row = item.Row;
            sheet.Add(WorkbookStyles.Of(row.Status),
                row.Institution.Name,
                ContractNames.Label(row.Institution.Level),
                OfficeLabels.Of(row.Status),
                row.Institution.ContactPerson ?? "—",
                row.Institution.Phone ?? "—",
                item.Contacts,
                row.LastReceived is { } received ? OfficeLabels.Cst(received) : "—",
                row.LastReceipt is { } receipt ? OfficeLabels.Cst(receipt) : "—",
                item.Gap);
        }

        return sheet;
    }
}
