using System.Diagnostics;
using Azure.Storage.Blobs.Specialized;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tests.Local;
using Xunit.Abstractions;

namespace Pilot1X.Pipeline.Tests.Submissions;

[Collection(AzuriteGroup.Name)]
public sealed class OversizedUploadTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string FileName = "武汉职业技术学院1+X证书制度试点工作总结报告（盖章扫描版）.pdf";

    [Fact]
    public async Task A_blob_over_the_entry_limit_is_refused_from_its_properties_without_being_downloaded()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        // A sparse 1 GiB page blob: its size is real, its bytes cost nothing until read (a download would write 1 GiB).
        var blob = harness.Store.Uploads.GetPageBlobClient($"{SubmissionFiles.Institution}/{FileName}");
        await blob.CreateAsync(1L << 30);
        await harness.Intake.AcceptAsync(harness.Store.Uploads.GetBlobClient(blob.Name), null, CancellationToken.None);

        var clock = Stopwatch.StartNew();
        var outcome = Assert.Single(await harness.Drainer.DrainAsync(CancellationToken.None));
        output.WriteLine($"1 GiB upload refused in {clock.Elapsed.TotalSeconds:F2} s");

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
        Assert.Equal(SubmissionState.Analyzed, outcome.State);
        var finding = Assert.Single(await TableRows.AllAsync(harness.Store.Findings));
        Assert.Equal(FindingCode.ArchiveUnsafe, finding.GetString("Code"));
        Assert.Equal(SubmissionFiles.Institution, finding.GetString("Institution"));
        Assert.Contains($"上传的文件“{FileName}”有 1024 MB，超过单个文件上限 256 MB", finding.GetString("Message"), StringComparison.Ordinal);
        var submission = Assert.Single(await TableRows.AllAsync(harness.Store.Submissions));
        Assert.Equal(finding.GetString("Message"), submission.GetString("Refused"));
        Assert.Empty(await TableRows.AllAsync(harness.Store.Documents));
        Assert.Equal(SubmissionFiles.Institution, Assert.Single(outcome.Statuses).Name);
    }

    [Fact]
    public void A_blob_at_the_entry_limit_is_not_refused()
    {
        Assert.Null(OversizedUpload.Refusal($"{SubmissionFiles.Institution}/{FileName}", IntakeLimits.Default.MaxEntryBytes, IntakeLimits.Default));
        Assert.NotNull(OversizedUpload.Refusal($"{SubmissionFiles.Institution}/{FileName}", IntakeLimits.Default.MaxEntryBytes + 1, IntakeLimits.Default));
    }
}
