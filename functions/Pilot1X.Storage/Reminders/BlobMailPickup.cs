using Azure.Storage.Blobs;
using MimeKit;

namespace Pilot1X.Storage.Reminders;

/// <summary>The Functions app's pickup: .eml blobs in the <c>outbox</c> container, for a sender or the office to collect.</summary>
public sealed class BlobMailPickup(BlobServiceClient blobs) : IMailPickup
{
    public const string Container = "outbox";

    public async Task<string> DropAsync(string name, MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var container = blobs.GetBlobContainerClient(Container);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        using var content = new MemoryStream();
        await message.WriteToAsync(content, cancellationToken).ConfigureAwait(false);
        content.Position = 0;
        var blob = container.GetBlobClient("reminders/" + name + ".eml");
        await blob.UploadAsync(content, overwrite: true, cancellationToken).ConfigureAwait(false);
        return blob.Uri.ToString();
    }
}
