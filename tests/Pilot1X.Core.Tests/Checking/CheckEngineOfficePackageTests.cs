using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Reporting;
using Pilot1X.Samples;

namespace Pilot1X.Core.Tests.Checking;

public sealed class CheckEngineOfficePackageTests
{
    private const string School = "襄阳职业技术学院";
    private const string Stem = "1+X证书制度试点工作";

    [Fact]
    public void An_over_limit_docx_is_archive_unsafe_naming_the_file_and_the_other_files_of_the_submission_are_still_checked()
    {
        var limits = IntakeLimits.Default with { Office = OfficePackageLimits.Default with { MaxPartBytes = 4L << 20 } };
        var report = EngineHarness.Check(DefaultRosterForTests, limits,
            ($"{School}/{School}{Stem}总结报告.docx", HostileDocxBuilder.TextBomb(6L << 20)),
            ($"{School}/{School}{Stem}评价报告.docx", WordSamples.EvaluationReport(School)));

        var school = report.Institution(School);
        var unsafeFinding = Assert.Single(school.Findings, f => f.Code == FindingCode.ArchiveUnsafe);
        Assert.Contains($"“{School}{Stem}总结报告.docx”", unsafeFinding.Message, StringComparison.Ordinal);
        Assert.Contains("另存为", unsafeFinding.Suggestion, StringComparison.Ordinal);
        Assert.Equal(MaterialState.Ok, school.Materials.Single(m => m.Kind == Core.Materials.MaterialKind.Evaluation).Word);
        Assert.DoesNotContain(school.Findings, f => f.Code == FindingCode.SectionMissing && f.File!.Contains("总结报告", StringComparison.Ordinal));
    }

    [Fact]
    public void An_xlsx_given_to_check_is_one_unsupported_format_finding_not_its_parts()
    {
        var report = EngineHarness.Check(($"{School}{Stem}汇总表.xlsx", Workbook()));

        // Every finding about a file (MATERIAL_MISSING names no file): the workbook alone, not its XML parts.
        var findings = report.Institutions.SelectMany(i => i.Findings).Concat(report.Unassigned.SelectMany(u => u.Findings)).Where(f => f.File is not null);
        var finding = Assert.Single(findings);
        Assert.Equal(FindingCode.UnsupportedFormat, finding.Code);
        Assert.Contains($"“{School}{Stem}汇总表.xlsx”是 Excel 工作簿", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("!/", finding.File, StringComparison.Ordinal);
    }

    private static Core.Roster.InstitutionRoster DefaultRosterForTests => Core.Roster.DefaultRoster.Create();

    internal static byte[] Workbook()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellValue = new CellValue("试点") , DataType = CellValues.String })));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sheet1" }));
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet();
        }

        return stream.ToArray();
    }
}
