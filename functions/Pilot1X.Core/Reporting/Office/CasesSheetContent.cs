using System.Globalization;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>
/// The workbook's 典型案例 sheet: every current typical case with what the notice asks of one (about 3000 字, 图文并茂),
/// so the office can pick cases to recommend upward without opening each document.
/// </summary>
internal static class CasesSheetContent
{
    public static readonly IReadOnlyList<string> Headers = ["单位", "案例标题", "字数", "图片数", "有图注的图片", "文件", "收到时间（北京时间）"];

    public static SheetContent Of(OfficeSummary summary)
    {
        var sheet = new SheetContent(Headers);
        foreach (var item in summary.Cases)
        {
            sheet.Add(WorkbookStyles.Plain,
                item.Institution,
                item.Title,
                Count(item.Chars),
                Count(item.Images),
                Count(item.CaptionedImages),
                DisplayName.ForPeople(item.File),
                item.ReceivedAt is { } at ? OfficeLabels.Cst(at) : "—");
        }

        return sheet;
    }

    private static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
