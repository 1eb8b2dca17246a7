using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pilot1X.Mail.Tests.Local;

/// <summary>Opens a workbook as Excel would and reads the text of the first sheet's rows.</summary>
public static class WorkbookRows
{
    public static List<List<string>> FirstSheet(Stream xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().First();
        var rows = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>();
        return [.. rows.Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())];
    }
}
