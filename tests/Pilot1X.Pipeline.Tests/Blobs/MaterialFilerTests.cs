using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Blobs;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Blobs;

[Collection(AzuriteGroup.Name)]
public sealed class MaterialFilerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_canonical_file_keeps_the_newest_version_whatever_order_the_analyses_finish_in()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        var filer = harness.Get<MaterialFiler>();
        var institution = DefaultRoster.Create().Find(SubmissionFiles.Institution)!;
        var older = new MaterialEvidence(MaterialKind.Summary, true, false, "a.docx", new DateTimeOffset(2020, 12, 1, 0, 0, 0, TimeSpan.Zero), string.Empty);
        var newer = older with { ReceivedAt = older.ReceivedAt.AddDays(1) };

        var name = await filer.FileAsync(institution, newer, "总结.docx", () => SubmissionFiles.Text("新版"), CancellationToken.None);
        await filer.FileAsync(institution, older, "总结.docx", () => SubmissionFiles.Text("旧版"), CancellationToken.None);

        Assert.Equal($"{institution.Name}/工作总结报告/{institution.Name}1+X证书制度试点工作总结报告.docx", name);
        var content = await harness.Store.Materials.GetBlobClient(name).DownloadContentAsync();
        Assert.Equal("新版", content.Value.Content.ToString());
    }

    [Fact]
    public async Task A_scan_is_filed_under_the_scan_name_and_originals_are_kept_per_submission()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        var filer = harness.Get<MaterialFiler>();
        var institution = DefaultRoster.Create().Find(SubmissionFiles.Institution)!;
        var scan = new MaterialEvidence(MaterialKind.Summary, false, false, "s.pdf", DateTimeOffset.UtcNow, string.Empty);

        var filed = await filer.FileAsync(institution, scan, "扫描.PDF", () => SubmissionFiles.Text("%PDF"), CancellationToken.None);
        var original = await filer.KeepOriginalAsync(institution.Name, "sub1", "扫描.PDF", () => SubmissionFiles.Text("%PDF"), CancellationToken.None);

        Assert.EndsWith("总结报告（盖章扫描版）.pdf", filed, StringComparison.Ordinal);
        Assert.Equal($"{institution.Name}/原件/sub1/扫描.PDF", original);
        Assert.True((await harness.Store.Materials.GetBlobClient(original).ExistsAsync()).Value);
    }
}
