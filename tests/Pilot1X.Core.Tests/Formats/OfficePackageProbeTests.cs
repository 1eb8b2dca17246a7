using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Tests.Checking;

namespace Pilot1X.Core.Tests.Formats;

public sealed class OfficePackageProbeTests
{
    [Fact]
    public void A_real_xlsx_is_a_spreadsheet_by_its_content_whatever_its_name()
    {
        using var stream = new MemoryStream(CheckEngineOfficePackageTests.Workbook());

        var detected = FormatDetector.Detect(stream, "材料.zip");

        Assert.Equal(FileFormat.Spreadsheet, detected.Format);
        Assert.Equal("xlsx", detected.Detail);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void A_real_pptx_is_a_presentation_by_its_content()
    {
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            document.AddPresentationPart().Presentation = new Presentation();
        }

        stream.Position = 0;
        Assert.Equal(FileFormat.Presentation, FormatDetector.Detect(stream, "汇报.pptx").Format);
    }

    [Fact]
    public void A_zip_with_an_xl_folder_but_no_office_package_is_an_archive_not_a_workbook()
    {
        // The head heuristic alone would take this for a .docx; the package directory says otherwise.
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var entry = zip.CreateEntry("xl/说明.txt").Open())
            {
                entry.Write("内容"u8);
            }
        }

        stream.Position = 0;
        Assert.Equal(FileFormat.Archive, FormatDetector.Detect(stream, "材料.zip").Format);
    }

    [Fact]
    public void Workbooks_and_presentations_are_other_in_the_check_contract()
    {
        Assert.Equal("other", Core.Reporting.ContractNames.Of(FileFormat.Spreadsheet));
        Assert.Equal("other", Core.Reporting.ContractNames.Of(FileFormat.Presentation));
    }
}
