namespace Pilot1X.Core.Intake;

/// <summary>
/// Copies an untrusted stream into a seekable one: memory while small, a private temporary file
/// (deleted on close) beyond that, so a large attachment or entry is never held whole in memory.
/// </summary>
public static class SpooledContent
{
    /// <summary>Content up to this size stays in memory.</summary>
    public const int MemoryThreshold = 4 * 1024 * 1024;

    private static readonly Lazy<string> PrivateRoot = new(CreatePrivateRoot);

    /// <summary>
    /// Spools <paramref name="source"/>; throws <see cref="ContentTooLargeException"/> past <paramref name="maxBytes"/>
    /// (the partial copy is discarded). The result is positioned at 0 and owned by the caller.
    /// </summary>
    public static Stream Spool(Stream source, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var spool = new BoundedSpoolStream(maxBytes, source.CanSeek ? source.Length - source.Position : 0);
        source.CopyToAsync(spool, cancellationToken).GetAwaiter().GetResult();
        return spool.Detach();
    }

    /// <summary>A new empty temporary file in the private root, deleted when closed.</summary>
    public static FileStream CreateTempFile() =>
        new(Path.Combine(PrivateRoot.Value, Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.DeleteOnClose);

    private static string CreatePrivateRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "pilot1x-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(root);
        }
        else
        {
            Directory.CreateDirectory(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return root;
    }
}
