using Azure.Storage.Blobs;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Blobs;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tests.Local;
using Pilot1X.Pipeline.Uploads;

namespace Pilot1X.Pipeline.Tests.Blobs;

[Collection(AzuriteGroup.Name)]
public sealed class BlobNamesTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("武汉职业技术学院/报告.docx.", "武汉职业技术学院/报告.docx")]
    [InlineData("武汉职业技术学院/报告.", "武汉职业技术学院/报告")]
    [InlineData("武汉职业技术学院. /子目录 ./报告.docx . ", "武汉职业技术学院/子目录/报告.docx")]
    [InlineData("武汉职业技术学院/.../报告.docx", "武汉职业技术学院/_/报告.docx")]
    [InlineData("武汉职业技术学院/.gitignore", "武汉职业技术学院/.gitignore")]
    public void No_segment_of_a_blob_name_ends_in_a_dot_or_a_space(string name, string expected) =>
        Assert.Equal(expected, BlobNames.Path(name));

    [Fact]
    public async Task Files_named_with_a_trailing_dot_are_uploaded_analysed_and_filed_under_names_azure_keeps()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var report = await harness.Intake.UploadAsync(SubmissionFiles.Institution, "报告.docx.", SubmissionFiles.Word("一、工作总结", "试点工作按计划推进。"), null, CancellationToken.None);
        var bare = await harness.Intake.UploadAsync(SubmissionFiles.Institution, "报告.", SubmissionFiles.Text("没有扩展名"), null, CancellationToken.None);

        var outcomes = await harness.Drainer.DrainAsync(CancellationToken.None);

        Assert.True(await harness.Store.Uploads.GetBlobClient($"{SubmissionFiles.Institution}/报告.docx").ExistsAsync());
        Assert.True(await harness.Store.Uploads.GetBlobClient($"{SubmissionFiles.Institution}/报告").ExistsAsync());
        Assert.Equal(SubmissionState.Analyzed, Assert.Single(outcomes, o => o.SubmissionId == report.SubmissionId).State);
        Assert.Equal(SubmissionState.Analyzed, Assert.Single(outcomes, o => o.SubmissionId == bare.SubmissionId).State);
        Assert.Empty(await harness.Poison.ListAsync(CancellationToken.None));
        var filed = new List<string>();
        await foreach (var blob in harness.Store.Materials.GetBlobsAsync())
        {
            filed.Add(blob.Name);
        }

        Assert.Contains(filed, name => name.EndsWith($"/{report.SubmissionId}/报告.docx", StringComparison.Ordinal));
        Assert.Contains(filed, name => name.EndsWith($"/{bare.SubmissionId}/报告", StringComparison.Ordinal));
        Assert.All(filed, name => Assert.DoesNotContain(name.Split('/'), segment => segment.EndsWith('.') || segment.EndsWith(' ')));
    }

    [Fact]
    public async Task An_upload_link_for_a_name_ending_in_a_dot_writes_the_blob_the_pipeline_reads()
    {
        var service = new BlobServiceClient(azurite.ConnectionString);
        var container = service.GetBlobContainerClient("up-" + Guid.NewGuid().ToString("N")[..10]);
        await container.CreateAsync();
        var school = new Institution(SubmissionFiles.Institution, [], true, [], [], SchoolLevel.Higher);

        var link = await new UploadLinkIssuer(service, container.Name, TimeProvider.System).IssueAsync(school, "报告.docx.", DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
        await new BlobClient(link.Url).UploadAsync(BinaryData.FromString("材料内容"), overwrite: true);

        Assert.Equal($"{SubmissionFiles.Institution}/报告.docx", link.BlobName);
        Assert.Equal("材料内容", (await container.GetBlobClient(link.BlobName).DownloadContentAsync()).Value.Content.ToString());
    }
}
