using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Submissions;

[Collection(AzuriteGroup.Name)]
public sealed class InstitutionStatusStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_point_read_returns_the_row_the_list_returns_and_null_for_an_institution_that_sent_nothing()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var school = SubmissionFiles.Institution;
        await harness.Intake.UploadAsync(school, $"{school}1+X证书制度试点工作总结报告.docx", new MemoryStream(WordSamples.SummaryReport(school)), null, CancellationToken.None);
        await harness.Drainer.DrainAsync(CancellationToken.None);
        var roster = harness.Get<InstitutionRoster>();

        var read = await harness.Statuses.GetAsync(roster.Find(school)!, CancellationToken.None);
        var silent = await harness.Statuses.GetAsync(roster.Find("荆州职业技术学院")!, CancellationToken.None);

        var listed = (await harness.Statuses.ListAsync(CancellationToken.None)).Single();
        Assert.NotNull(read);
        Assert.Equal(listed.Version, read.Version);
        Assert.Equal(MaterialState.Ok, read.Materials.Single(m => m.Kind == Core.Materials.MaterialKind.Summary).Word);
        Assert.Null(silent);
    }
}
