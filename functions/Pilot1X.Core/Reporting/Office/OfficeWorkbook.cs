using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Core.Materials;

namespace Pilot1X.Core.Reporting.Office;

/// <summary>
/// The office's 汇总表 (.xlsx): 汇总 (one row per roster institution, coloured by status), 今日需跟进 (whom to call about
/// what), 问题清单 (every problem in a file, by its Chinese name), 未交名单, 典型案例 (for recommending cases upward) and
/// 证书与问卷 (<see cref="CertificateWorksheet"/>). Written with the Open XML SDK so it opens in Excel and WPS without anything installed on the server.
/// </summary>
public static class OfficeWorkbook
{
    public const string SummarySheet = "汇总";
    public const string FollowUpSheet = "今日需跟进";
    public const string FindingsSheet = "问题清单";
    public const string MissingSheet = "未交名单";
    public const string CasesSheet = "典型案例";
    public const string CertificatesSheet = CertificateWorksheet.Name;

    public static readonly IReadOnlyList<string> SummaryHeaders =
    [
        "单位名称", "办学层次", "是否抽查", "状态", "总结报告 Word", "总结报告扫描件", "评价报告 Word", "评价报告扫描件",
        "典型案例 Word", "公章", "提纲部分（找到/应有）", "最近收到（北京时间）", "问题数",
    ];

    public static void Write(Stream output, OfficeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
        var sheets = new Sheets();
        var names = new DefinedNames();
        workbookPart.Workbook = new Workbook(sheets);
        AddSheet(workbookPart, sheets, names, SummarySheet, SummaryContent(summary));
        AddSheet(workbookPart, sheets, names, FollowUpSheet, FollowUpSheetContent.Of(summary));
        AddSheet(workbookPart, sheets, names, FindingsSheet, FindingsSheetContent.Of(summary));
        AddSheet(workbookPart, sheets, names, MissingSheet, MissingContent(summary));
        AddSheet(workbookPart, sheets, names, CasesSheet, CasesSheetContent.Of(summary));
        AddSheet(workbookPart, sheets, names, CertificatesSheet, CertificateWorksheet.Content(summary));
        workbookPart.Workbook.Append(names);
        workbookPart.Workbook.Save();
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, DefinedNames names, string name, SheetContent content)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = content.Build();
        var index = (uint)sheets.ChildElements.Count;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = index + 1, Name = name });
        var range = content.FilterRange.Split(':');
        names.Append(new DefinedName($"'{name}'!${Absolute(range[0])}:${Absolute(range[1])}")
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = index,
            Hidden = true,
        });
    }

    private static string Absolute(string cell)
    {
        var split = cell.AsSpan().IndexOfAnyInRange('0', '9');
        return cell[..split] + "$" + cell[split..];
    }

    private static SheetContent SummaryContent(OfficeSummary summary)
    {
        var sheet = new SheetContent(SummaryHeaders);
        foreach (var row in summary.Rows)
        {
            var report = OfficeLabels.Find(row.Materials, MaterialKind.Summary);
            var evaluation = OfficeLabels.Find(row.Materials, MaterialKind.Evaluation);
            var cases = OfficeLabels.Find(row.Materials, MaterialKind.Case);
            sheet.Add(WorkbookStyles.Of(row.Status),
                row.Institution.Name,
                ContractNames.Label(row.Institution.Level),
                row.Institution.Sampled ? "是" : "否",
                OfficeLabels.Of(row.Status),
                OfficeLabels.Of(report, word: true),
                OfficeLabels.Of(report, word: false),
                OfficeLabels.Of(evaluation, word: true),
                OfficeLabels.Of(evaluation, word: false),
                cases is null ? OfficeLabels.OptionalNotSent : ContractNames.Label(cases, word: true),
                row.Seal is { } seal ? ContractNames.Label(seal) : "—",
                row.SectionsFound is { } found ? $"{found}/{row.SectionsExpected}" : "—",
                row.LastReceived is { } received ? OfficeLabels.Cst(received) : "—",
                row.Findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return sheet;
    }

    private static SheetContent MissingContent(OfficeSummary summary)
    {
        var sheet = new SheetContent(["单位名称", "办学层次", "是否抽查", "联系人", "电话", "联系邮箱"]);
        foreach (var row in summary.NothingReceived)
        {
            sheet.Add(WorkbookStyles.Red, row.Institution.Name, ContractNames.Label(row.Institution.Level),
                row.Institution.Sampled ? "是" : "否", row.Institution.ContactPerson, row.Institution.Phone, string.Join("；", row.Institution.Contacts));
        }

        return sheet;
    }
}
