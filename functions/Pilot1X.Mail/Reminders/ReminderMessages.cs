using System.Security.Cryptography;
using System.Text;
using MimeKit;
using Pilot1X.Core.Reminders;

namespace Pilot1X.Mail.Reminders;

/// <summary>
/// The reminder as an outbox message. Its Message-ID is a hash of (institution, step) in the sender's domain, so every
/// round, retry or instance that composes the same reminder produces the same outbox key and the outbox keeps one copy.
/// </summary>
public static class ReminderMessages
{
    public const string SenderName = "湖北省教育厅职成教处（1+X 试点材料提醒）";

    public static MimeMessage Compose(PlannedReminder reminder, string from, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        ArgumentNullException.ThrowIfNull(from);
        var message = ReminderMail.Create(reminder, from, date);
        message.From.Clear();
        message.From.Add(new MailboxAddress(SenderName, from));
        message.MessageId = MessageIdFor(reminder, from);
        // Automatic mail: autoresponders should stay quiet, and a vacation reply must not start a loop with the receipts.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        return message;
    }

    /// <summary><c>reminder.{sha256(institution|step)[..24]}@{domain of from}</c>.</summary>
    public static string MessageIdFor(PlannedReminder reminder, string from)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        ArgumentNullException.ThrowIfNull(from);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reminder.IdempotencyKey)))[..24];
        return "reminder." + hash + "@" + from[(from.LastIndexOf('@') + 1)..];
    }
}
