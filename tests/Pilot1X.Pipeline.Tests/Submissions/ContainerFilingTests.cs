using Pilot1X.Samples;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Submissions;

[Collection(AzuriteGroup.Name)]
public sealed class ContainerFilingTests(AzuriteFixture azurite)
{
    private const string School = SubmissionFiles.Institution;
    private const string Stem = "1+X证书制度试点工作";

    [Fact]
    public async Task Materials_inside_a_mailed_zip_are_filed_under_their_canonical_names()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        var summary = WordSamples.SummaryReport(School);
        var zip = ArchiveSampleBuilder.ZipWithGbkNames(
        [
            new("材料/1.总结报告.docx", summary),
            new("材料/1.总结报告（盖章扫描版）.pdf", ScanSampleBuilder.Pdf([new ScanPageOptions { Seal = true, Dpi = 100 }])),
        ]);
        var mail = MailSampleBuilder.Submission($"{School}{Stem}", "教务处", "jw@example.cn",
            [new MailSampleAttachment($"{School}{Stem}.zip", zip, "application/zip")], messageId: "<filing@example.cn>");
        await harness.Intake.UploadAsync(School, "来信.eml", new MemoryStream(mail), null, CancellationToken.None);

        await harness.Drainer.DrainAsync(CancellationToken.None);

        var filed = new List<string>();
        await foreach (var blob in harness.Store.Materials.GetBlobsAsync(prefix: $"{School}/工作总结报告/"))
        {
            filed.Add(blob.Name);
        }

        Assert.Equal(
            [$"{School}/工作总结报告/{School}{Stem}总结报告.docx", $"{School}/工作总结报告/{School}{Stem}总结报告（盖章扫描版）.pdf"],
            filed.Order(StringComparer.Ordinal));
        var word = await harness.Store.Materials.GetBlobClient(filed.Single(f => f.EndsWith(".docx", StringComparison.Ordinal))).DownloadContentAsync();
        Assert.Equal(summary, word.Value.Content.ToArray());
    }
}
