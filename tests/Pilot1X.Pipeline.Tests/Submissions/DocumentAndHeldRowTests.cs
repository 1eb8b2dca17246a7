using Azure.Data.Tables;
using Pilot1X.Core.Attribution;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Scans;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Submissions;

[Collection(AzuriteGroup.Name)]
public sealed class DocumentAndHeldRowTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Received = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_document_row_round_trips_through_the_table_with_its_evidence_and_counts()
    {
        var table = await TableAsync("Documents");
        var file = "武汉职业技术学院/盖章页.pdf";
        var document = new DocumentReport(file, MaterialKind.Summary, FileFormat.Pdf)
        {
            Pages = 3, Chars = 1200, Seal = SealStatus.Found, PageFiles = ["p1.png", "p2.png"], Status = "OK",
            Evidence = new MaterialEvidence(MaterialKind.Summary, IsWord: false, HasError: false, file, Received, "v1", "link:武汉职业技术学院"),
        };

        await table.AddEntityAsync(StoredDocumentRow.EntityOf("武汉职业技术学院", "s1", document, "filed/a.pdf", "orig/a.pdf"));
        var stored = Assert.Single(table.Query<TableEntity>());
        var read = StoredDocumentRow.From(stored);

        Assert.Equal(document.Evidence, read.Evidence);
        Assert.Equal(("s1", file, MaterialKind.Summary, FileFormat.Pdf, "OK"), (read.Document.SubmissionId, read.Document.File, read.Document.Kind, read.Document.Format, read.Document.Status));
        Assert.Equal((3, 1200, SealStatus.Found), (read.Document.Pages, read.Document.Chars, read.Document.Seal));
        Assert.Equal(["p1.png", "p2.png"], read.Document.PageFiles!);
        Assert.Equal(("filed/a.pdf", "orig/a.pdf"), (stored.GetString("FiledBlob"), stored.GetString("OriginalBlob")));
    }

    [Fact]
    public async Task A_held_row_round_trips_through_the_table_with_its_channel_reason_and_message()
    {
        var table = await TableAsync("Held");
        var held = new HeldFiling("襄阳职业技术学院", SubmissionChannel.Mail("teacher@whvc.cn", "武汉职业技术学院"), HoldReason.NamesAnotherInstitution,
            MaterialKind.Summary, IsWord: true, CurrentSubmitter: null);
        var file = new UnassignedFile("襄阳职业技术学院总结.docx", [Finding.Of(FindingCode.InstitutionMismatch, "襄阳职业技术学院总结.docx", "文件写的是另一所学校。")]) { Held = held };

        await table.AddEntityAsync(HeldRow.EntityOf("s2", file, Received, "orig/b.eml"));
        var read = HeldRow.From(Assert.Single(table.Query<TableEntity>()));

        Assert.Equal(held, read.Held);
        Assert.Equal(("s2", "襄阳职业技术学院总结.docx", Received, "文件写的是另一所学校。"), (read.SubmissionId, read.File, read.ReceivedAt!.Value, read.Message));
        Assert.Null(read.Notice);
    }

    private async Task<TableClient> TableAsync(string name)
    {
        var table = new TableClient(azurite.ConnectionString, name + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync();
        return table;
    }
}
