using System.IO.Compression;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Formats;

/// <summary>
/// For Office files read by a library that opens parts itself (the Open XML SDK): every part is inflated once into
/// nothing under an <see cref="OfficePackageBudget"/> before the library sees the package, so the library never
/// inflates more than the limits allow. The package is small and seekable by then; the cost is one extra inflate.
/// </summary>
internal static class OfficePackageScreen
{
    /// <summary>Throws <see cref="UnsafeOfficePackageException"/> when a part passes a limit; leaves the stream where it was.</summary>
    public static void Screen(Stream package, OfficePackageLimits limits)
    {
        var start = package.Position;
        var budget = new OfficePackageBudget(limits);
        using (var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            budget.CheckDeclared(zip.Entries.Select(e => ((ZipArchiveEntry?)e, PartName(e))));
            foreach (var entry in zip.Entries)
            {
                using var part = budget.Open(entry, PartName(entry));
                part.CopyTo(Stream.Null);
            }
        }

        package.Position = start;
    }

    private static string PartName(ZipArchiveEntry entry) => $"部件“{entry.FullName}”";
}
