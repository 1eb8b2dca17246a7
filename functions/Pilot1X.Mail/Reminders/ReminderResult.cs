using Pilot1X.Core.Reminders;

namespace Pilot1X.Mail.Reminders;

/// <summary>What one round did with one planned reminder.</summary>
/// <param name="Reminder">The planned reminder.</param>
/// <param name="Queued">True when this round put it in the outbox and recorded it (in a dry run: would have); false when it was sent before.</param>
/// <param name="MessageId">Its deterministic Message-ID, the outbox's key for it.</param>
/// <param name="SendAfter">How long the outbox sender waits before sending it (the round's spacing).</param>
public sealed record ReminderResult(PlannedReminder Reminder, bool Queued, string MessageId, TimeSpan SendAfter);
