using MimeKit;

namespace Pilot1X.Mail.Outbox;

/// <summary>
/// The embedded default for local runs: each message becomes <c>{Message-ID}.eml</c> in a folder, written to a temporary
/// name and renamed, so a reader never sees half a file and a repeat overwrites the same file rather than adding one.
/// </summary>
public sealed class PickupFolderDelivery(string directory) : IMailDelivery
{
    public string Directory { get; } = directory;

    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        System.IO.Directory.CreateDirectory(Directory);
        var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '@' ? c : '_'));
        var target = Path.Combine(Directory, name + ".eml");
        var temporary = target + ".tmp";
        try
        {
            await message.WriteToAsync(temporary, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, target, overwrite: true);
        }
        catch (IOException ex)
        {
            throw new DeliveryException(DeliveryFailure.Temporary, $"回执无法写入发件目录“{Directory}”（{ex.Message}）。请检查磁盘空间和目录权限。", ex);
        }
    }
}
