using Pilot1X.Core.Attribution;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Materials;

namespace Pilot1X.Core.Checking;

/// <summary>
/// Keeps one version of each material: the same content received twice counts once (DUPLICATE), and a newer
/// version of the same material replaces the older (SUPERSEDED), so resubmitting a fixed file clears the old errors.
/// </summary>
internal static class VersionLedger
{
    public static void MarkDuplicates(IEnumerable<ReceivedItem> items)
    {
        var first = new Dictionary<string, ReceivedItem>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => !i.IsContainerProblem && i.ContentHash.Length > 0))
        {
            if (!first.TryAdd(item.ContentHash, item))
            {
                var original = first[item.ContentHash];
                item.IsDuplicate = true;
                item.Institution ??= original.Institution;
                item.Findings.Clear();
                item.Findings.Add(Finding.Of(FindingCode.Duplicate, item.DisplayPath,
                    $"“{item.FileName}”与已收到的“{DisplayName.ForPeople(original.DisplayPath)}”内容完全相同，按一份计。"));
            }
        }
    }

    /// <summary>Among current (non-duplicate) materials of one institution, keeps the newest per material and version.</summary>
    public static void MarkSuperseded(IEnumerable<ReceivedItem> materials)
    {
        var slots = materials
            .Where(i => i is { IsDuplicate: false, IsMaterial: true, Institution: not null } && i.Kind != MaterialKind.Unknown)
            .Select((item, order) => (item, order))
            .GroupBy(x => (x.item.Institution!.Name, x.item.Kind, x.item.IsWord, VersionKey(x.item)));
        foreach (var slot in slots)
        {
            var ordered = slot.OrderBy(x => x.item.Origin.ReceivedAt).ThenBy(x => x.order).Select(x => x.item).ToList();
            var latest = ordered[^1];
            foreach (var old in ordered.Take(ordered.Count - 1))
            {
                old.IsSuperseded = true;
                old.Findings.Clear();
                old.Findings.Add(Finding.Of(FindingCode.Superseded, old.DisplayPath,
                    $"“{old.FileName}”已被较新收到的“{DisplayName.ForPeople(latest.DisplayPath)}”取代，以新版本为准。"));
            }
        }
    }

    // Several typical cases are allowed: only a case sent again under the same name replaces the earlier one.
    public static string VersionKey(ReceivedItem item) =>
        item.Kind == MaterialKind.Case ? NameNormalizer.Normalize(ScanNames.Stem(item.FileName)) : string.Empty;
}
