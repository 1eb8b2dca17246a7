using MimeKit;

namespace Pilot1X.Storage.Reminders;

/// <summary>Where finished mails are dropped for sending (this branch has no SMTP outbox): a folder or a container of .eml files.</summary>
public interface IMailPickup
{
    /// <summary>Stores <paramref name="message"/> as <c>{name}.eml</c>; returns where it went.</summary>
    Task<string> DropAsync(string name, MimeMessage message, CancellationToken cancellationToken);
}
