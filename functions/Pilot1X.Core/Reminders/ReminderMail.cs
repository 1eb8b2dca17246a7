using MimeKit;

namespace Pilot1X.Core.Reminders;

/// <summary>The reminder as a MIME message, with a Message-ID derived from its idempotency key so a duplicate is recognisable.</summary>
public static class ReminderMail
{
    public static MimeMessage Create(PlannedReminder reminder, string from, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var message = new MimeMessage { Subject = reminder.Subject, Date = date };
        message.From.Add(MailboxAddress.Parse(from));
        foreach (var address in reminder.To)
        {
            message.To.Add(MailboxAddress.Parse(address));
        }

        var domain = from[(from.LastIndexOf('@') + 1)..];
        message.MessageId = $"reminder.{FileName(reminder)}@{domain}";
        message.Body = new TextPart("plain") { Text = reminder.Body };
        return message;
    }

    /// <summary>A stable ASCII name for the reminder (hash of its key), for .eml files and Message-IDs.</summary>
    public static string FileName(PlannedReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(reminder.IdempotencyKey));
        return reminder.Step.Key.Replace('+', 'p') + "-" + Convert.ToHexStringLower(hash)[..16];
    }
}
