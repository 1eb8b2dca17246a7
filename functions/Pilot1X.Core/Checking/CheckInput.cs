using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Checking;

/// <summary>One file handed to a check, with the names of the folders it was found in.</summary>
/// <param name="DisplayPath">How the file is named in reports ('/'-separated, as the user gave it).</param>
/// <param name="Open">Opens its content (seekable).</param>
/// <param name="Folders">Folder names around it, innermost first (only those the user pointed at, never the whole disk path).</param>
public sealed record CheckInput(string DisplayPath, Func<Stream> Open, IReadOnlyList<string> Folders)
{
    /// <summary>The files of the given paths: a file as it is, a folder walked recursively in a stable order.</summary>
    public static IEnumerable<CheckInput> FromPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            var display = SafeDisplay(path);
            if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                var rootName = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
                var files = Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                    var folders = relative.Split('/')[..^1].Reverse().Append(rootName).ToArray();
                    yield return new CheckInput(display.TrimEnd('/') + "/" + SafeDisplay(relative), () => OpenRead(file), folders);
                }
            }
            else
            {
                var folders = display.Split('/')[..^1].Where(s => s is not ("" or "." or "..")).Reverse().ToArray();
                yield return new CheckInput(display, () => OpenRead(path), folders);
            }
        }
    }

    // File names on disk are untrusted too (they came from mail and archives): shown, never obeyed.
    private static string SafeDisplay(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(s => s is "" or "." or ".." ? s : DisplayName.Sanitize(s)));

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);
}
