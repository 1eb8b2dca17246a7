using Pilot1X.Pipeline.Tables;

namespace Pilot1X.Pipeline.Blobs;

/// <summary>
/// Puts text into a row when it fits a Table string property and into a blob otherwise, leaving a reference
/// (<c>{container}/{name}</c>) in the row, so a section with a very long heading or text never breaks a write.
/// </summary>
public sealed class LongTextStore(PipelineStore store)
{
    /// <summary>Sets <paramref name="property"/> to the text, or <c>{property}Blob</c> to where it was stored.</summary>
    public async Task KeepAsync(IDictionary<string, object> row, string property, string? text, string blobName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (text is null)
        {
            return;
        }

        if (text.Length <= TableLimits.MaxStringChars)
        {
            row[property] = text;
            return;
        }

        var blob = store.LongText.GetBlobClient(blobName);
        await blob.UploadAsync(BinaryData.FromString(text), overwrite: true, cancellationToken).ConfigureAwait(false);
        row[property + "Blob"] = store.LongText.Name + "/" + blobName;
        row[property] = TableLimits.Shorten(text, 1001);
    }

    /// <summary>Reads text kept by <see cref="KeepAsync"/> back, whether inline or in a blob.</summary>
    public async Task<string?> ReadAsync(IDictionary<string, object> row, string property, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.TryGetValue(property + "Blob", out var reference) && reference is string path)
        {
            var name = path[(store.LongText.Name.Length + 1)..];
            var content = await store.LongText.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return content.Value.Content.ToString();
        }

        return row.TryGetValue(property, out var inline) ? inline as string : null;
    }
}
