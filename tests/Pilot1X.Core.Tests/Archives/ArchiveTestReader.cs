using Pilot1X.Core.Archives;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;

namespace Pilot1X.Core.Tests.Archives;

/// <summary>Reads a whole sample archive into (path, bytes) pairs, disposing every item as a real caller must.</summary>
internal static class ArchiveTestReader
{
    public static List<(string Path, byte[] Content)> ReadAll(byte[] archive, List<Finding> findings, IntakeLimits? limits = null,
        string displayPath = "inbox/材料.zip")
    {
        var budget = new ExpansionBudget(limits ?? IntakeLimits.Default);
        using var stream = new MemoryStream(archive, writable: false);
        var result = new List<(string, byte[])>();
        foreach (var item in new ArchiveReader().Read(stream, displayPath, budget, findings))
        {
            using (item)
            {
                using var copy = new MemoryStream();
                item.Content.CopyTo(copy);
                result.Add((item.EntryPath, copy.ToArray()));
            }
        }

        return result;
    }
}
