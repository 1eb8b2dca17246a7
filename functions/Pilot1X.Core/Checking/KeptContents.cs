using System.Globalization;

namespace Pilot1X.Core.Checking;

/// <summary>
/// The bytes of every material a check met, kept (in a private temporary folder, deleted on dispose) so a caller can
/// file each one after the check — also those found inside emails and archives, whose streams the walk has closed.
/// </summary>
public sealed class KeptContents : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pilot1x-kept-").FullName;
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>Opens the kept bytes of the material at <paramref name="displayPath"/>, or null when none were kept.</summary>
    public Func<Stream>? Opener(string displayPath) =>
        _files.TryGetValue(displayPath, out var path)
            ? () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan)
            : null;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A reader still holds a file open; the folder is in the temp area and holds nothing secret beyond the upload.
        }
    }

    internal void Keep(string displayPath, Stream content)
    {
        // A counter, not the map's size: a path kept again (a second look at the same inputs) gets a fresh file.
        var path = Path.Combine(_folder, (_count++).ToString(CultureInfo.InvariantCulture));
        content.Position = 0;
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            content.CopyTo(file);
        }

        content.Position = 0;
        _files[displayPath] = path;
    }
}
