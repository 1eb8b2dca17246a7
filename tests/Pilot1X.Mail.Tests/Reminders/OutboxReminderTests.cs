using Pilot1X.Core.Reminders;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Reminders;
using Pilot1X.Mail.Reports;
using Pilot1X.Mail.Tests.Local;
using Pilot1X.Pipeline.Reminders;
using Pilot1X.Pipeline.Reporting;

namespace Pilot1X.Mail.Tests.Reminders;

/// <summary>Reminders through the outbox on Azurite and a real SMTP server: only the incomplete, once per step, nothing lost after a crash.</summary>
[Collection(StorageOnly.Name)]
public sealed class OutboxReminderTests(AzuriteFixture azurite)
{
    private const string From = "office@example.cn";
    private static readonly ReminderSchedule Schedule = new(new DateTimeOffset(2020, 12, 28, 23, 59, 59, TimeSpan.FromHours(8)));
    private static readonly DateTimeOffset T3 = new(2020, 12, 25, 1, 0, 0, TimeSpan.Zero);

    private static ReminderRound Round(DateTimeOffset asOf, TimeSpan? spacing = null, bool dryRun = false) =>
        new(Schedule, asOf, From, spacing ?? TimeSpan.Zero, dryRun);

    private static SmtpDelivery Delivery(SmtpTestServer smtp) => new(SmtpEndpoint.Parse($"smtp://127.0.0.1:{smtp.Port}"));

    [Fact]
    public async Task Each_incomplete_institution_with_a_contact_gets_one_reminder_over_smtp_and_the_complete_one_none()
    {
        await using var office = await SeededOffice.CreateAsync(azurite);
        await using var smtp = new SmtpTestServer();
        smtp.Start();

        var results = await office.Harness.Get<OutboxReminderDispatcher>().RunAsync(Round(T3), CancellationToken.None);
        var delivered = await office.Harness.Get<OutboxDrainer>().DrainAsync(Delivery(smtp), CancellationToken.None);

        Assert.Equal([SeededOffice.Partial, SeededOffice.Silent], results.Select(r => r.Reminder.Institution.Name).Order(StringComparer.Ordinal));
        Assert.All(results, r => Assert.True(r.Queued && r.Reminder.Step.Key == "T-3"));
        Assert.Equal(SeededOffice.DueReminders, delivered.Count(s => s == OutboxState.Sent));
        Assert.Equal(SeededOffice.DueReminders, smtp.Received.Count);
        var partial = smtp.Received.Single(m => m.Subject!.Contains(SeededOffice.Partial, StringComparison.Ordinal));
        Assert.Equal(["jwc@wtc.example.cn", "1x@wtc.example.cn"], partial.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("盖章扫描版", partial.TextBody, StringComparison.Ordinal);
        Assert.Matches("^reminder\\.[0-9a-f]{24}@example\\.cn$", partial.MessageId);
        Assert.Equal("auto-generated", partial.Headers["Auto-Submitted"]);
        Assert.DoesNotContain(smtp.Received, m => m.Subject!.Contains(SeededOffice.Complete, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Four_concurrent_rounds_deliver_one_mail_per_institution_and_step()
    {
        await using var office = await SeededOffice.CreateAsync(azurite);
        await using var smtp = new SmtpTestServer();
        smtp.Start();
        var dispatcher = office.Harness.Get<OutboxReminderDispatcher>();

        var rounds = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => dispatcher.RunAsync(Round(T3), CancellationToken.None))));
        var drains = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => office.Harness.Get<OutboxDrainer>().DrainAsync(Delivery(smtp), CancellationToken.None))));

        var claimed = rounds.SelectMany(r => r).Where(r => r.Queued).Select(r => r.Reminder.IdempotencyKey).ToList();
        Assert.Equal(SeededOffice.DueReminders, claimed.Count);
        Assert.Equal(SeededOffice.DueReminders, claimed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(SeededOffice.DueReminders, (await TableRows.AllAsync(office.Harness.Mail.Outbox)).Count);
        Assert.Contains(OutboxState.Sent, drains.SelectMany(d => d));
        Assert.Equal(SeededOffice.DueReminders, smtp.Received.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(SeededOffice.DueReminders, smtp.Received.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_crash_between_enqueue_and_claim_is_neither_lost_nor_sent_twice_on_rerun(bool deliveredBeforeRerun)
    {
        await using var office = await SeededOffice.CreateAsync(azurite);
        await using var smtp = new SmtpTestServer();
        smtp.Start();
        var summary = await office.Harness.Get<OfficeSnapshotReader>().ReadSummaryAsync(T3, Schedule.Deadline, CancellationToken.None);
        var planned = new ReminderPlanner(Schedule).Plan(summary.Rows, T3);
        foreach (var reminder in planned)
        {
            // The round got as far as the outbox and died before recording its claim.
            using var message = ReminderMessages.Compose(reminder, From, T3);
            Assert.True(await office.Harness.Get<MailOutbox>().EnqueueAsync(message, CancellationToken.None));
        }

        var drainer = office.Harness.Get<OutboxDrainer>();
        var beforeRerun = deliveredBeforeRerun ? await drainer.DrainAsync(Delivery(smtp), CancellationToken.None) : [];
        var rerun = await office.Harness.Get<OutboxReminderDispatcher>().RunAsync(Round(T3.AddHours(2)), CancellationToken.None);
        var afterRerun = await drainer.DrainAsync(Delivery(smtp), CancellationToken.None);
        var third = await office.Harness.Get<OutboxReminderDispatcher>().RunAsync(Round(T3.AddHours(4)), CancellationToken.None);

        Assert.Equal(SeededOffice.DueReminders, rerun.Count(r => r.Queued));
        Assert.Equal(SeededOffice.DueReminders, (await TableRows.AllAsync(office.Harness.Mail.Outbox)).Count);
        Assert.DoesNotContain(OutboxState.DeadLettered, beforeRerun.Concat(afterRerun));
        Assert.All(await TableRows.AllAsync(office.Harness.Mail.Outbox), r => Assert.Equal(nameof(OutboxState.Sent), r.GetString("State")));
        Assert.Equal(SeededOffice.DueReminders, smtp.Received.Count);
        Assert.DoesNotContain(third, r => r.Queued);
        var sent = office.Harness.Get<SentReminderStore>();
        foreach (var reminder in planned)
        {
            Assert.True(await sent.WasSentAsync(reminder, CancellationToken.None));
        }
    }

    [Fact]
    public async Task A_round_spreads_its_mails_so_only_the_first_is_visible_to_the_sender_at_once()
    {
        await using var office = await SeededOffice.CreateAsync(azurite);
        await using var smtp = new SmtpTestServer();
        smtp.Start();

        var results = await office.Harness.Get<OutboxReminderDispatcher>().RunAsync(Round(T3, TimeSpan.FromMinutes(10)), CancellationToken.None);
        var now = await office.Harness.Get<OutboxDrainer>().DrainAsync(Delivery(smtp), CancellationToken.None);

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMinutes(10)], results.Select(r => r.SendAfter));
        Assert.Equal([OutboxState.Sent], now);
        Assert.Single(smtp.Received);
        Assert.Equal(SeededOffice.DueReminders, (await TableRows.AllAsync(office.Harness.Mail.Outbox)).Count);
    }

    [Fact]
    public async Task A_dry_run_queues_and_records_nothing_and_the_next_step_reminds_again()
    {
        await using var office = await SeededOffice.CreateAsync(azurite);
        var dispatcher = office.Harness.Get<OutboxReminderDispatcher>();
        await office.Harness.Mail.EnsureCreatedAsync(CancellationToken.None);

        var dry = await dispatcher.RunAsync(Round(T3, dryRun: true), CancellationToken.None);
        var outboxAfterDryRun = await TableRows.AllAsync(office.Harness.Mail.Outbox);
        var real = await dispatcher.RunAsync(Round(T3), CancellationToken.None);
        var nextStep = await dispatcher.RunAsync(Round(T3.AddDays(2)), CancellationToken.None);

        Assert.All(dry, r => Assert.True(r.Queued));
        Assert.Empty(outboxAfterDryRun);
        Assert.Equal(SeededOffice.DueReminders, real.Count(r => r.Queued));
        Assert.All(nextStep, r => Assert.True(r.Queued && r.Reminder.Step.Key == "T-1"));
        Assert.Equal(2 * SeededOffice.DueReminders, (await TableRows.AllAsync(office.Harness.Mail.Outbox)).Count);
    }
}
