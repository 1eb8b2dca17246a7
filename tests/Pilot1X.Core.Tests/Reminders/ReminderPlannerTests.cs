using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reminders;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Deadline = new(2020, 12, 28, 23, 59, 59, Cst);
    private static readonly ReminderPlanner Planner = new(new ReminderSchedule(Deadline));

    private static readonly Institution Done = new("武汉职业技术学院", [], false, ["a@whvc.edu.cn"], [], SchoolLevel.Higher);
    private static readonly Institution Partial = new("湖北工业大学", [], true, ["b@hbut.edu.cn", "c@hbut.edu.cn"], [], SchoolLevel.Undergraduate);
    private static readonly Institution Silent = new("武汉市第一职业教育中心", [], false, ["d@wh1.cn"], [], SchoolLevel.Secondary);
    private static readonly Institution NoContact = new("无邮箱学校", [], false, [], [], SchoolLevel.Secondary);

    private static List<OfficeRow> Rows()
    {
        var partial = CompletenessEvaluator.Evaluate(Partial,
        [
            new MaterialEvidence(MaterialKind.Summary, true, true, "mailbox/来信.eml!/材料.zip!/hbut/总结.docx", Deadline.AddDays(-10), string.Empty),
            new MaterialEvidence(MaterialKind.Summary, false, false, "hbut/总结.pdf", Deadline.AddDays(-10), string.Empty),
        ]);
        var error = Finding.Of(FindingCode.SectionMissing, "mailbox/来信.eml!/材料.zip!/hbut/总结.docx", "缺少“五、特色创新”部分。", "请按附件1补写该部分。");
        var silent = CompletenessEvaluator.Evaluate(Silent, []);
        return
        [
            new OfficeRow(Done, OfficeStatus.Complete, [], null, null, null, null, []),
            new OfficeRow(Partial, OfficeStatus.Incomplete, partial.Materials, null, null, null, null, [error, .. partial.Missing]),
            new OfficeRow(Silent, OfficeStatus.NothingReceived, silent.Materials, null, null, null, null, silent.Missing),
            new OfficeRow(NoContact, OfficeStatus.NothingReceived, silent.Materials, null, null, null, null, silent.Missing),
        ];
    }

    [Theory]
    [InlineData("2020-12-21T08:58:00+08:00", null)]
    [InlineData("2020-12-21T01:00:00+00:00", "T-7")]
    [InlineData("2020-12-24T09:00:00+08:00", "T-7")]
    [InlineData("2020-12-25T09:00:00+08:00", "T-3")]
    [InlineData("2020-12-27T08:59:30+08:00", "T-1")]
    [InlineData("2020-12-28T23:59:59+08:00", "T-1")]
    [InlineData("2020-12-29T01:00:00+00:00", "T+1")]
    [InlineData("2021-01-15T09:00:00+08:00", "T+1")]
    public void The_step_due_is_the_latest_whose_0900_cst_has_come(string asOf, string? step)
    {
        Assert.Equal(step, Planner.Schedule.DueAt(DateTimeOffset.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture))?.Key);
    }

    [Fact]
    public void Steps_fall_at_0900_cst_on_the_deadlines_cst_day_even_when_the_deadline_is_given_in_utc()
    {
        var schedule = new ReminderSchedule(new DateTimeOffset(2020, 12, 28, 15, 59, 59, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2020, 12, 21, 1, 0, 0, TimeSpan.Zero), schedule.TimeOf(ReminderStep.Defaults[0]));
        Assert.Equal(new DateTimeOffset(2020, 12, 29, 9, 0, 0, Cst), schedule.TimeOf(ReminderStep.Defaults[3]));
    }

    [Fact]
    public void Only_incomplete_institutions_with_a_contact_are_reminded_never_a_complete_one()
    {
        var planned = Planner.Plan(Rows(), new DateTimeOffset(2020, 12, 25, 9, 0, 0, Cst));
        Assert.Equal([Partial.Name, Silent.Name], planned.Select(p => p.Institution.Name));
        Assert.All(planned, p => Assert.Equal("T-3", p.Step.Key));
        Assert.Equal(Partial.Contacts, planned[0].To);
        Assert.Empty(Planner.Plan(Rows(), new DateTimeOffset(2020, 12, 20, 9, 0, 0, Cst)));
    }

    [Fact]
    public void Reminder_lists_exactly_what_is_missing_and_what_is_invalid_naming_files_as_the_school_named_them()
    {
        var partial = Planner.Plan(Rows(), new DateTimeOffset(2020, 12, 27, 9, 0, 0, Cst))[0];
        var items = ReminderText.Items(Rows()[1]);

        Assert.Equal(3, items.Count);
        Assert.Contains(items, i => i.Contains("缺少对培训评价组织1+X证书制度试点工作评价报告的 Word 电子版", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains("缺少对培训评价组织1+X证书制度试点工作评价报告的盖章扫描版", StringComparison.Ordinal));
        Assert.Contains("“总结.docx”：缺少“五、特色创新”部分。 请按附件1补写该部分。", partial.Body, StringComparison.Ordinal);
        Assert.Contains("2020-12-28 23:59", partial.Body, StringComparison.Ordinal);
        Assert.StartsWith("【材料提醒】湖北工业大学", partial.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("总结报告的盖章扫描版", partial.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_material_without_an_error_finding_is_still_named()
    {
        var row = Rows()[1] with { Findings = [] };
        Assert.Equal(["工作总结报告的 Word 电子版有误，请修改后重新提交。"], ReminderText.Items(row));
    }

    [Fact]
    public void Overdue_notice_says_the_deadline_has_passed()
    {
        var overdue = Planner.Plan(Rows(), new DateTimeOffset(2020, 12, 29, 9, 0, 0, Cst));
        Assert.All(overdue, p => Assert.StartsWith("【逾期提醒】", p.Subject, StringComparison.Ordinal));
        Assert.Contains("已过", overdue[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_institution_that_sent_nothing_is_told_nothing_arrived_and_one_that_sent_something_that_it_is_incomplete()
    {
        var planned = Planner.Plan(Rows(), new DateTimeOffset(2020, 12, 25, 9, 0, 0, Cst)).ToDictionary(p => p.Institution.Name);

        Assert.Contains("截至目前，贵单位尚无任何材料到达（未交），还需：", planned[Silent.Name].Body, StringComparison.Ordinal);
        Assert.Contains("截至目前，贵单位的材料尚未齐全，还需：", planned[Partial.Name].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Idempotency_key_is_institution_and_step_and_the_mail_carries_it_in_its_message_id()
    {
        var planned = Planner.Plan(Rows(), new DateTimeOffset(2020, 12, 25, 9, 0, 0, Cst));
        var again = Planner.Plan(Rows(), new DateTimeOffset(2020, 12, 26, 9, 0, 0, Cst));
        Assert.Equal(planned.Select(p => p.IdempotencyKey), again.Select(p => p.IdempotencyKey));
        Assert.Equal("湖北工业大学|T-3", planned[0].IdempotencyKey);
        var mail = ReminderMail.Create(planned[0], "office@hubei.example", new DateTimeOffset(2020, 12, 25, 9, 0, 0, Cst));
        Assert.Equal(2, mail.To.Count);
        Assert.StartsWith("reminder.T-3-", mail.MessageId, StringComparison.Ordinal);
        Assert.Equal(planned[0].Body, mail.TextBody);
    }

    [Fact]
    public void Institutions_not_complete_without_a_contact_address_are_named_as_unreachable_with_the_reason()
    {
        var unreachable = ReminderPlanner.Unreachable(Rows());

        var item = Assert.Single(unreachable);
        Assert.Equal(NoContact, item.Institution);
        Assert.Equal("名单中没有联系邮箱", item.Reason);
        Assert.DoesNotContain(Planner.Plan(Rows(), Deadline.AddDays(-3)), r => r.Institution == NoContact);
    }
}
