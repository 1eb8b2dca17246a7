using Azure.Data.Tables;
using Pilot1X.Core.Findings;
using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Tables;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Submissions;

[Collection(AzuriteGroup.Name)]
public sealed class FindingRowTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Findings_round_trip_in_order_and_keep_the_severity_they_were_stored_with()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        // The contract says SECTION_EMPTY is an error; a stored warning must come back a warning, not be re-derived from the code.
        Assert.Equal(Severity.Error, FindingCode.SeverityOf(FindingCode.SectionEmpty));
        (string, Finding)[] findings =
        [
            ("武汉职业技术学院", new Finding(FindingCode.SectionEmpty, Severity.Warning, "收件箱/总结.docx", "第三部分没有正文。", "补写第三部分。")),
            (string.Empty, new Finding(FindingCode.UnknownInstitution, Severity.Error, "收件箱/无名.docx", "看不出是哪个单位的材料。")),
        ];

        await TableWriter.UpsertAllAsync(harness.Store.Findings, FindingRow.ToEntities("s1", findings), CancellationToken.None);
        var read = await harness.Get<SubmissionReader>().FindingsAsync("s1", CancellationToken.None);

        Assert.Equal(findings.Select((f, i) => new FindingRow("s1", i, f.Item1, f.Item2)), read);
        Assert.Empty(await harness.Get<SubmissionReader>().FindingsAsync("s2", CancellationToken.None));
    }

    [Fact]
    public void A_finding_row_written_before_the_severity_column_falls_back_to_the_contract_severity()
    {
        var legacy = new TableEntity("s1", "00000") { ["Institution"] = "武汉职业技术学院", ["Code"] = FindingCode.SectionMissing, ["Message"] = "缺第二部分。" };

        var read = FindingRow.FromEntity(legacy);

        Assert.Equal(Severity.Error, read.Finding.Severity);
        Assert.Equal(("s1", 0, "武汉职业技术学院"), (read.SubmissionId, read.Number, read.Institution));
    }
}
