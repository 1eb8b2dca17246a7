using Pilot1X.Pipeline.Submissions;
using Pilot1X.Pipeline.Reminders;
using Pilot1X.Pipeline.Tables;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Submissions;

/// <summary>Each table's row mapper writes a row Azure Table storage accepts and reads back exactly what it wrote.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class TableRowMapperTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset At = new(2020, 12, 25, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task A_section_row_round_trips_with_and_without_a_matched_template_section()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        SectionRow[] written = [new("s1|总结.docx", 0, "收件箱/总结.docx", 1200, 1), new("s1|总结.docx", 1, "收件箱/总结.docx", 0, null)];

        await TableWriter.UpsertAllAsync(harness.Store.Sections, [.. written.Select(r => r.ToEntity())], CancellationToken.None);

        Assert.Equal(written, (await TableRows.AllAsync(harness.Store.Sections)).Select(SectionRow.FromEntity).OrderBy(r => r.Number));
    }

    [Fact]
    public async Task A_poison_row_round_trips_and_tells_the_office_its_record()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        var written = new PoisonRow("analysis-poison", "m1", At, "分析多次失败：文件损坏", 5)
        {
            SubmissionId = "s1",
            Institution = "武汉职业技术学院",
            BlobName = "武汉职业技术学院/总结.docx",
            Message = "{\"submissionId\":\"s1\"}",
        };

        await harness.Store.Poison.AddEntityAsync(written.ToEntity());
        var read = PoisonRow.FromEntity(Assert.Single(await TableRows.AllAsync(harness.Store.Poison)));

        Assert.Equal(written, read);
        Assert.Equal(new PoisonRecord("m1", "s1", "分析多次失败：文件损坏", 5), read.Record);
    }

    [Fact]
    public async Task A_processed_key_row_round_trips_with_and_without_its_submission()
    {
        await using var harness = new PipelineHarness(azurite.ConnectionString);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        ProcessedKeyRow[] written = [new(UploadIntake.Stage, "k1", "武汉职业技术学院/a.docx", "s1"), new(SubmissionAnalyzer.Stage, "s1", "武汉职业技术学院/a.docx")];

        await TableWriter.UpsertAllAsync(harness.Store.ProcessedKeys, [.. written.Select(r => r.ToEntity())], CancellationToken.None);

        Assert.Equal(written.OrderBy(r => r.Stage, StringComparer.Ordinal),
            (await TableRows.AllAsync(harness.Store.ProcessedKeys)).Select(ProcessedKeyRow.FromEntity).OrderBy(r => r.Stage, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_sent_reminder_row_round_trips_through_table_storage()
    {
        var table = new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString).GetTableClient("SentRem" + Guid.NewGuid().ToString("N")[..10]);
        await table.CreateAsync();
        var written = new SentReminderRow("武汉职业技术学院", "T-3", ["jwc@wtc.example.cn", "1x@wtc.example.cn"], "【提醒】距截止还有 3 天", At);

        await table.AddEntityAsync(written.ToEntity());
        var read = SentReminderRow.FromEntity(Assert.Single(await TableRows.AllAsync(table)));

        Assert.Equal(written with { To = [] }, read with { To = [] });
        Assert.Equal(written.To, read.To);
        await table.DeleteAsync();
    }
}
