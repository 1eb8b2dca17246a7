using System.ComponentModel.DataAnnotations;

namespace Pilot1X.Mail.Reminders;

/// <summary>
/// Reminder settings (<c>Reminders__SendInterval</c>). NetEase and most SMTP services throttle or flag a burst of
/// near-identical mails, so a round does not hand all its reminders to the sender at once: the n-th new reminder of a
/// round becomes visible on the outbox queue n × SendInterval after the first. Nothing is capped or postponed to the
/// next run, because the next run may already be the next step and a postponed reminder would then be lost.
/// </summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Spacing between two reminders of one round (default 5 seconds: 200 institutions in under 17 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Reminders__SendInterval 应在 00:00:00 与 00:10:00 之间，例如 00:00:05。")]
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(5);
}
