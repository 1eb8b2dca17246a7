namespace Pilot1X.Core.Intake;

/// <summary>
/// A file found inside an email or archive. <see cref="Content"/> is seekable (spooled) and owned by the item:
/// dispose the item when done with it.
/// </summary>
/// <param name="EntryPath">Its path inside the container, '/'-separated, already sanitised (no '..', no root).</param>
/// <param name="Content">Its bytes, positioned at 0.</param>
public sealed record ContainerItem(string EntryPath, Stream Content) : IDisposable
{
    /// <summary>The last path segment.</summary>
    public string FileName => EntryPath[(EntryPath.LastIndexOf('/') + 1)..];

    public void Dispose() => Content.Dispose();
}
