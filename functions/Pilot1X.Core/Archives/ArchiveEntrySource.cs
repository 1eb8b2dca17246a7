using System.Text;
using Pilot1X.Core.Email;
using SharpCompress.Archives;
using SharpCompress.Archives.Rar;
using SharpCompress.Archives.SevenZip;
using SharpCompress.Archives.Zip;
using SharpCompress.Common;
using SharpCompress.Readers;

namespace Pilot1X.Core.Archives;

/// <summary>
/// Opens an archive for entry-by-entry reading. The central directory (random access) is preferred because its
/// sizes can be checked before anything is inflated; a zip or rar whose directory is missing (truncated upload) is
/// re-read forward from its local headers so the complete entries are still delivered.
/// </summary>
internal sealed class ArchiveEntrySource : IDisposable
{
    private readonly IArchive? archive;
    private readonly IReader? reader;
    private readonly Dictionary<string, string> staleUnicodeNames;

    private ArchiveEntrySource(IArchive? archive, IReader? reader, bool complete, Dictionary<string, string>? staleUnicodeNames = null)
    {
        this.archive = archive;
        this.reader = reader;
        Complete = complete;
        this.staleUnicodeNames = staleUnicodeNames ?? [];
    }

    /// <summary>False when the archive's directory could not be read and entries come from a forward scan.</summary>
    public bool Complete { get; }

    /// <summary>True when the archive as a whole (e.g. 7z with encrypted headers) is password-protected.</summary>
    public bool IsEncrypted => archive?.IsEncrypted == true;

    /// <summary>Options shared by all formats: zip names without the UTF-8 flag are GBK (Chinese Windows).</summary>
    public static ReaderOptions Options()
    {
        MimeEncodings.EnsureRegistered();
        return new ReaderOptions
        {
            LeaveStreamOpen = true,
            ArchiveEncoding = new ArchiveEncoding { Default = MimeEncodings.Gb18030, UTF8 = Encoding.UTF8 },
        };
    }

    /// <summary>Opens the archive; throws the library's exception when neither way can read it.</summary>
    public static ArchiveEntrySource Open(Stream stream, ArchiveKind kind)
    {
        var start = stream.Position;
        IArchive? opened = null;
        try
        {
            opened = kind switch
            {
                ArchiveKind.Zip => ZipArchive.OpenArchive(stream, Options()),
                ArchiveKind.Rar => RarArchive.OpenArchive(stream, Options()),
                _ => SevenZipArchive.OpenArchive(stream, Options()),
            };
            _ = opened.Entries.Any();
            if (opened.IsSolid)
            {
                return new ArchiveEntrySource(opened, opened.ExtractAllEntries(), complete: true);
            }

            var stale = kind == ArchiveKind.Zip ? ZipUnicodePathCheck.StaleNames(stream) : null;
            return new ArchiveEntrySource(opened, null, complete: true, stale);
        }
        catch (Exception ex) when (kind != ArchiveKind.SevenZip && ArchiveFailure.IsReadFailure(ex) && ex is not CryptographicException)
        {
            opened?.Dispose();
            stream.Position = start;
            return new ArchiveEntrySource(null, ReaderFactory.OpenReader(stream, Options()), complete: false);
        }
        catch
        {
            opened?.Dispose();
            throw;
        }
    }

    /// <summary>The entries in archive order; each view must be consumed before moving on.</summary>
    public IEnumerable<ArchiveEntryView> Entries()
    {
        if (reader is not null)
        {
            while (reader.MoveToNextEntry())
            {
                var entry = reader.Entry;
                var declared = entry.Size;
                var key = entry.Key ?? string.Empty;
            yield return new ArchiveEntryView(staleUnicodeNames.GetValueOrDefault(key, key), entry.IsDirectory, entry.IsEncrypted,
                    !string.IsNullOrEmpty(entry.LinkTarget), declared, Complete || declared > 0, entry.CompressedSize,
                    reader.OpenEntryStream);
            }

            yield break;
        }

        foreach (var entry in archive!.Entries)
        {
            var key = entry.Key ?? string.Empty;
            yield return new ArchiveEntryView(staleUnicodeNames.GetValueOrDefault(key, key), entry.IsDirectory, entry.IsEncrypted,
                !string.IsNullOrEmpty(entry.LinkTarget), entry.Size, SizeKnown: true, entry.CompressedSize,
                entry.OpenEntryStream);
        }
    }

    public void Dispose()
    {
        reader?.Dispose();
        archive?.Dispose();
    }
}
