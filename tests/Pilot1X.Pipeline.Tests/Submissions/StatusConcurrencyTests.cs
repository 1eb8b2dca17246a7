using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tables;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Submissions;

[Collection(AzuriteGroup.Name)]
public sealed class StatusConcurrencyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Parallel_recomputations_of_one_institution_never_lose_an_update()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        var institution = DefaultRoster.Create().Find(SubmissionFiles.Institution)!;
        const int analyses = 8;

        await Task.WhenAll(Enumerable.Range(0, analyses).Select(async i =>
        {
            var file = $"{institution.Name}/案例{i}.docx";
            var document = new DocumentReport(file, MaterialKind.Case, FileFormat.Docx)
            {
                Evidence = new MaterialEvidence(MaterialKind.Case, IsWord: true, HasError: false, file, DateTimeOffset.UtcNow, "案例" + i),
            };
            await TableWriter.UpsertAllAsync(harness.Store.Documents, [StoredDocumentRow.EntityOf(institution.Name, "s" + i, document, null, null)], CancellationToken.None);
            await harness.Statuses.RecomputeAsync(institution, CancellationToken.None);
        }));

        var status = Assert.Single(await harness.Statuses.ListAsync(CancellationToken.None));
        Assert.Equal(analyses, status.Version);
        Assert.Equal(analyses, status.Documents);
        Assert.Equal(analyses, status.Materials.Single(m => m.Kind == MaterialKind.Case).Files.Count);
    }

    [Fact]
    public async Task Two_analyses_of_one_institution_in_parallel_leave_one_consistent_status()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var names = new[] { "1+X证书制度试点工作总结报告.docx", "对培训评价组织1+X证书制度试点工作评价报告.docx" };
        var requests = new List<AnalysisRequest>();
        foreach (var name in names)
        {
            await harness.Intake.UploadAsync(SubmissionFiles.Institution, SubmissionFiles.Institution + name,
                SubmissionFiles.Word("一、试点工作基本情况", "内容"), null, CancellationToken.None);
        }

        foreach (var message in (await harness.Store.AnalysisQueue.ReceiveMessagesAsync(32)).Value)
        {
            requests.Add(AnalysisRequest.Parse(message.Body.ToString()));
        }

        await Task.WhenAll(requests.Select(r => Task.Run(() => harness.Analyzer.AnalyzeAsync(r, CancellationToken.None))));

        var status = Assert.Single(await harness.Statuses.ListAsync(CancellationToken.None));
        Assert.Equal(2, status.Version);
        var documents = await TableRows.AllAsync(harness.Store.Documents);
        Assert.Equal(documents.Count(d => d.GetBoolean("HasEvidence") == true), status.Documents);
        var fresh = await harness.Statuses.RecomputeAsync(DefaultRoster.Create().Find(SubmissionFiles.Institution)!, CancellationToken.None);
        Assert.Equal(fresh.Materials.Select(m => (m.Kind, m.Word, m.Scan, m.Files.Count)), status.Materials.Select(m => (m.Kind, m.Word, m.Scan, m.Files.Count)));
    }
}
