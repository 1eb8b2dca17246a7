using Pilot1X.Core.Checking;
using Pilot1X.Core.Findings;
using Pilot1X.Samples;
using Pilot1X.Pipeline.Reporting;
using Pilot1X.Pipeline.Tests.Local;

namespace Pilot1X.Pipeline.Tests.Submissions;

[Collection(AzuriteGroup.Name)]
public sealed class QuestionnairePipelineTests(AzuriteFixture azurite)
{
    private static readonly DateTime Start = new(2020, 12, 20, 9, 0, 0);

    private static MemoryStream Export(DateTime start, int teachers, int students, IReadOnlyList<string>? header = null) =>
        new(QuestionnaireExportBuilder.Xlsx(QuestionnaireExportBuilder.Rows(
            Enumerable.Repeat(new QuestionnaireAnswer("武汉工程大学", "教师", "Web前端开发"), teachers)
                .Concat(Enumerable.Repeat(new QuestionnaireAnswer("武工大 ", "学生", "Web前端开发"), students)), start, header)));

    [Fact]
    public async Task The_offices_export_is_stored_a_newer_one_replaces_it_and_a_schools_copy_is_not_counted_in_status()
    {
        var rosterPath = Path.Combine(Path.GetTempPath(), $"pilot1x-roster-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(rosterPath, RosterFileBuilder.Csv(SampleRoster.Rows, RosterCsvEncoding.Utf8));
        try
        {
            await using var harness = new PipelineHarness(azurite.ConnectionString, rosterPath);
            await harness.Intake.UploadAsync("收件箱", "问卷导出.xlsx", Export(Start, 0, 3), null, CancellationToken.None);
            await harness.Drainer.DrainAsync(CancellationToken.None);
            await harness.Intake.UploadAsync("收件箱", "问卷导出-新.xlsx", Export(Start.AddDays(2), 5, 3), null, CancellationToken.None);
            // A school's own table through its upload link: another questionnaire's header, never the office's count.
            string[] header = ["序号", "提交答卷时间", "1、学校名称：", "2、您的身份：", "3、参与的证书：", "4、建议："];
            await harness.Intake.UploadAsync("武汉工程大学", "自制问卷.xlsx", Export(Start, 50, 50, header), null, CancellationToken.None);
            await harness.Drainer.DrainAsync(CancellationToken.None);

            var report = await harness.Get<OfficeSnapshotReader>().ReadCheckReportAsync(
                new DateTimeOffset(2020, 12, 26, 9, 0, 0, CheckOptions.ChinaStandardTime), CheckOptions.DefaultDeadline, CancellationToken.None);

            var file = Assert.Single(report.Questionnaires!.Files);
            Assert.EndsWith("问卷导出-新.xlsx", file, StringComparison.Ordinal);
            var wit = report.Institutions.Single(i => i.Institution.Name == "武汉工程大学");
            Assert.Equal(8, wit.Questionnaires!.Answers);
            var web = wit.Certificates.Single(c => c.Name == "Web前端开发");
            Assert.Equal((5, 3, false), (web.Teachers, web.Students, web.QuotaMet));
            var quota = Assert.Single(wit.Findings, f => f.Code == FindingCode.QuestionnaireQuota && f.Message.Contains("Web前端开发", StringComparison.Ordinal));
            Assert.Contains("教师 5 名、学生 3 名", quota.Message, StringComparison.Ordinal);

            // The office's views (dashboard, workbook, reminders, report mail) read the same counts and the same quota finding.
            var summary = await harness.Get<OfficeSnapshotReader>().ReadSummaryAsync(
                new DateTimeOffset(2020, 12, 26, 9, 0, 0, CheckOptions.ChinaStandardTime), CheckOptions.DefaultDeadline, CancellationToken.None);
            var row = summary.Rows.Single(r => r.Institution.Name == "武汉工程大学");
            var shown = row.Certificates.Single(c => c.Name == "Web前端开发");
            Assert.Equal((5, 3, false), (shown.Teachers, shown.Students, shown.QuotaMet));
            Assert.Single(row.Findings, f => f.Code == FindingCode.QuestionnaireQuota && f.Message.Contains("Web前端开发", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(rosterPath);
        }
    }
}
