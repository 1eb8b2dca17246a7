using MimeKit;

namespace Pilot1X.Storage.Reminders;

/// <summary>A pickup folder of .eml files (default <c>out/outbox</c>), which any mail client or SMTP relay can send.</summary>
public sealed class FolderMailPickup(string directory) : IMailPickup
{
    public async Task<string> DropAsync(string name, MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".eml");
        await message.WriteToAsync(path, cancellationToken).ConfigureAwait(false);
        return path;
    }
}
