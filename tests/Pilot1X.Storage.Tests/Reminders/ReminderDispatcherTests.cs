using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reminders;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;
using Pilot1X.Storage.Options;
using Pilot1X.Storage.Pipeline;
using Pilot1X.Storage.Reminders;
using Pilot1X.Storage.Tables;
using Pilot1X.Storage.Tests.Local;

namespace Pilot1X.Storage.Tests.Reminders;

/// <summary>Reminders from the stored status on a real Azurite: who is reminded, and never twice.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class ReminderDispatcherTests(AzuriteFixture azurite) : IDisposable
{
    private const string Complete = "武汉工程大学";
    private const string Partial = "武汉职业技术学院";
    private const int WithContactAndIncomplete = 2;
    private const string Roster = """
        单位名称,别名,是否抽查,联系邮箱,试点证书,办学层次
        武汉工程大学,武工大,是,1x@wit.example.cn,Web前端开发,本科
        湖北工程学院,,否,,,本科
        武汉职业技术学院,武职,是,JWC@WTC.example.cn; 1x@wtc.example.cn,物流管理,高职
        黄冈职业技术学院,黄冈职院,是,1x@hgpu.example.cn,Web前端开发,高职
        """;
    private static readonly ReminderSchedule Schedule = new(new DateTimeOffset(2020, 12, 28, 23, 59, 59, TimeSpan.FromHours(8)));
    private static readonly DateTimeOffset T3 = new(2020, 12, 25, 1, 0, 0, TimeSpan.Zero);
    private readonly string _work = Directory.CreateTempSubdirectory("pilot1x-remind-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private async Task<PipelineHarness> SeededAsync()
    {
        var roster = Path.Combine(_work, "名单.csv");
        await File.WriteAllTextAsync(roster, Roster);
        var harness = new PipelineHarness(azurite.ConnectionString, roster);
        await harness.Store.EnsureCreatedAsync(CancellationToken.None);
        await SeedAsync(harness, Complete, [(MaterialKind.Summary, true), (MaterialKind.Summary, false), (MaterialKind.Evaluation, true), (MaterialKind.Evaluation, false)]);
        await SeedAsync(harness, Partial, [(MaterialKind.Summary, true)]);
        return harness;
    }

    private static async Task SeedAsync(PipelineHarness harness, string name, (MaterialKind Kind, bool Word)[] files)
    {
        var institution = harness.Get<InstitutionRoster>().Find(name)!;
        var rows = files.Select((f, i) =>
        {
            var file = $"{name}/{f.Kind}{i}.{(f.Word ? "docx" : "pdf")}";
            var document = new DocumentReport(file, f.Kind, f.Word ? FileFormat.Docx : FileFormat.Pdf)
            {
                Evidence = new MaterialEvidence(f.Kind, f.Word, HasError: false, file, T3.AddDays(-2), string.Empty),
            };
            return SubmissionRows.Document(name, "s" + i, document, null, null);
        });
        await TableWriter.UpsertAllAsync(harness.Store.Documents, [.. rows], CancellationToken.None);
        await harness.Statuses.RecomputeAsync(institution, CancellationToken.None);
    }

    private static ReminderDispatcher Dispatcher(PipelineHarness harness) => new(harness.Statuses, harness.Get<InstitutionRoster>(),
        new SentReminderStore(harness.Get<TableServiceClient>(), harness.Get<IOptions<PipelineStorageOptions>>()));

    [Fact]
    public async Task Incomplete_institutions_with_a_contact_get_one_eml_each_and_the_complete_one_none()
    {
        await using var harness = await SeededAsync();
        var outbox = Path.Combine(_work, "outbox");

        var outcomes = await Dispatcher(harness).RunAsync(Schedule, T3, "office@example.cn", new FolderMailPickup(outbox), CancellationToken.None);

        Assert.Equal(WithContactAndIncomplete, outcomes.Count(o => o.Sent));
        Assert.DoesNotContain(outcomes, o => o.Reminder.Institution.Name == Complete);
        Assert.DoesNotContain(outcomes, o => o.Reminder.Institution.Name == "湖北工程学院");
        Assert.Equal(WithContactAndIncomplete, Directory.GetFiles(outbox, "*.eml").Length);
        var partial = outcomes.Single(o => o.Reminder.Institution.Name == Partial).Reminder;
        Assert.Contains("盖章扫描版", partial.Body, StringComparison.Ordinal);
        Assert.Equal(["jwc@wtc.example.cn", "1x@wtc.example.cn"], partial.To);
        Assert.All(outcomes, o => Assert.Equal("T-3", o.Reminder.Step.Key));
    }

    [Fact]
    public async Task A_second_run_for_the_same_step_sends_nothing_and_the_next_step_sends_again()
    {
        await using var harness = await SeededAsync();
        var dispatcher = Dispatcher(harness);
        await dispatcher.RunAsync(Schedule, T3, "office@example.cn", new FolderMailPickup(Path.Combine(_work, "1")), CancellationToken.None);

        var retry = await dispatcher.RunAsync(Schedule, T3.AddHours(5), "office@example.cn", new FolderMailPickup(Path.Combine(_work, "2")), CancellationToken.None);
        var next = await dispatcher.RunAsync(Schedule, T3.AddDays(2), "office@example.cn", new FolderMailPickup(Path.Combine(_work, "3")), CancellationToken.None);

        Assert.Equal(WithContactAndIncomplete, retry.Count);
        Assert.DoesNotContain(retry, o => o.Sent);
        Assert.False(Directory.Exists(Path.Combine(_work, "2")));
        Assert.All(next, o => Assert.True(o.Sent && o.Reminder.Step.Key == "T-1"));
    }

    [Fact]
    public async Task Two_planners_running_concurrently_never_remind_an_institution_twice()
    {
        await using var harness = await SeededAsync();
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() =>
            Dispatcher(harness).RunAsync(Schedule, T3, "office@example.cn", new FolderMailPickup(Path.Combine(_work, "p" + i)), CancellationToken.None))));

        var sent = runs.SelectMany(r => r).Where(o => o.Sent).Select(o => o.Reminder.IdempotencyKey).ToList();
        Assert.Equal(WithContactAndIncomplete, sent.Count);
        Assert.Equal(sent.Count, sent.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(WithContactAndIncomplete, Directory.GetDirectories(_work, "p*").Sum(d => Directory.GetFiles(d, "*.eml").Length));
    }

    [Fact]
    public async Task Dry_run_reports_what_would_be_sent_and_records_nothing()
    {
        await using var harness = await SeededAsync();
        var dispatcher = Dispatcher(harness);

        var dry = await dispatcher.RunAsync(Schedule, T3, "office@example.cn", null, CancellationToken.None);
        var real = await dispatcher.RunAsync(Schedule, T3, "office@example.cn", new FolderMailPickup(Path.Combine(_work, "real")), CancellationToken.None);

        Assert.All(dry, o => Assert.True(o.Sent && o.Location is null));
        Assert.Equal(WithContactAndIncomplete, real.Count(o => o.Sent));
    }
}
