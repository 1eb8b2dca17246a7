using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tables;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Submissions;

[Collection(AzuriteGroup.Name)]
public sealed class LegacyWordStatusTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_stored_doc_stays_unchecked_through_the_documents_table_and_the_status_row()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        var institution = DefaultRoster.Create().Find(SubmissionFiles.Institution)!;
        var file = $"{institution.Name}1+X证书制度试点工作总结报告.doc";
        var document = new DocumentReport(file, MaterialKind.Summary, FileFormat.Doc)
        {
            Evidence = new MaterialEvidence(MaterialKind.Summary, IsWord: true, HasError: false, file, DateTimeOffset.UtcNow, string.Empty, Unchecked: true),
        };
        await TableWriter.UpsertAllAsync(harness.Store.Documents, [StoredDocumentRow.EntityOf(institution.Name, "s1", document, null, null)], CancellationToken.None);

        var fresh = await harness.Statuses.RecomputeAsync(institution, CancellationToken.None);

        Assert.Equal(MaterialState.Unchecked, fresh.Materials.Single(m => m.Kind == MaterialKind.Summary).Word);
        var stored = Assert.Single(await harness.Statuses.ListAsync(CancellationToken.None));
        Assert.Equal(MaterialState.Unchecked, stored.Materials.Single(m => m.Kind == MaterialKind.Summary).Word);
    }
}
