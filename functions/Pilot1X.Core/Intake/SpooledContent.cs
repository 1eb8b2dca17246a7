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
        Stream target = new MemoryStream();
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            int read;
            while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                total += read;
                if (total > maxBytes)
                {
                    throw new ContentTooLargeException(maxBytes);
                }

                if (target is MemoryStream memory && memory.Length + read > MemoryThreshold)
                {
                    var file = CreateTempFile();
                    memory.Position = 0;
                    memory.CopyTo(file);
                    memory.Dispose();
                    target = file;
                }

                target.Write(buffer, 0, read);
            }

            target.Position = 0;
            return target;
        }
        catch
        {
            target.Dispose();
            throw;
        }
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
