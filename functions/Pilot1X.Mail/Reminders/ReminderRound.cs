using Pilot1X.Core.Reminders;

namespace Pilot1X.Mail.Reminders;

/// <summary>One reminder run: the schedule, the moment it runs for, the sender, the spacing between its mails, and whether it only looks.</summary>
/// <param name="Schedule">The steps and the deadline.</param>
/// <param name="AsOf">The moment the round runs for (decides the step).</param>
/// <param name="From">Sender address; its domain is the domain of the reminders' Message-IDs.</param>
/// <param name="Spacing">How much later each further new reminder becomes visible to the sender (<see cref="ReminderOptions.SendInterval"/>).</param>
/// <param name="DryRun">Only report what would be sent: nothing is queued or recorded.</param>
public sealed record ReminderRound(ReminderSchedule Schedule, DateTimeOffset AsOf, string From, TimeSpan Spacing, bool DryRun = false);
