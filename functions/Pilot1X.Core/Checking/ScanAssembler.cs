using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Scans;

namespace Pilot1X.Core.Checking;

/// <summary>
/// Puts loose page images (…-1.jpg, …-2.jpg) together into one scan, gives an unnamed scan the material of the
/// Word file it mirrors, and reports the seal of every scan once.
/// </summary>
internal static class ScanAssembler
{
    /// <summary>Groups loose pages; returns the pages that were folded into another page's scan.</summary>
    /// <param name="acrossInputs">Pages of a known institution are grouped by scan name alone, whatever input they came in.</param>
    public static HashSet<ReceivedItem> GroupPages(IReadOnlyList<ReceivedItem> items, bool acrossInputs = false)
    {
        var folded = new HashSet<ReceivedItem>();
        var groups = items
            .Where(i => i is { ScanPage: not null, IsDuplicate: false, IsContainerProblem: false })
            .GroupBy(i => (i.Institution?.Name, acrossInputs && i.Institution is not null ? string.Empty : Folder(i.DisplayPath), i.ScanPage!.Value.Key));
        foreach (var group in groups)
        {
            var pages = group.OrderBy(i => i.ScanPage!.Value.Page).ToList();
            var first = pages[0];
            var readable = pages.Where(p => p.Scan is not null).Select(p => p.Scan!).ToList();
            if (readable.Count > 0)
            {
                var seal = Combine(readable.Select(s => s.Seal));
                var unjudged = seal == SealStatus.Found ? null : readable.Select(s => s.Unjudged).FirstOrDefault(u => u is not null);
                first.Scan = new ScanAnalysis(readable.Sum(s => s.Pages), unjudged is null ? seal : SealStatus.Undetermined) { Unjudged = unjudged };
            }

            first.ScanPageFiles = [.. pages.Select(p => p.DisplayPath)];
            foreach (var page in pages.Skip(1))
            {
                folded.Add(page);
                page.FoldedInto = first;
                first.Findings.AddRange(page.Findings);
            }
        }

        return folded;
    }

    /// <summary>A scan whose name does not say the material takes it from the Word file with the same stem.</summary>
    public static void InferKinds(IEnumerable<ReceivedItem> items)
    {
        var list = items.Where(i => i is { IsMaterial: true, IsDuplicate: false, Institution: not null }).ToList();
        var wordKinds = list.Where(i => i.IsWord && i.Kind != MaterialKind.Unknown)
            .GroupBy(i => (i.Institution!.Name, ScanNames.Stem(i.FileName)))
            .ToDictionary(g => g.Key, g => g.First().Kind);
        foreach (var scan in list.Where(i => i.IsScan && i.Kind == MaterialKind.Unknown))
        {
            if (wordKinds.TryGetValue((scan.Institution!.Name, ScanNames.Stem(scan.FileName)), out var kind))
            {
                scan.Kind = kind;
            }
        }
    }

    public static void ReportSeal(ReceivedItem scan)
    {
        switch (scan.Scan?.Seal)
        {
            case SealStatus.NotFound:
                scan.Findings.Add(Finding.Of(FindingCode.SealNotFound, scan.DisplayPath,
                    $"彩色扫描件“{scan.FileName}”中未检测到红色公章。", "请在纸质材料上加盖单位公章后重新彩色扫描提交。"));
                break;
            case SealStatus.Undetermined when scan.Scan.Unjudged is { } reason:
                scan.Findings.Add(Finding.Of(FindingCode.SealUndetermined, scan.DisplayPath,
                    $"“{scan.FileName}”超出系统的检查范围，未能判断是否加盖公章：{reason}。", "请以150–300 dpi彩色扫描（每页一张图像）并导出PDF后重新提交。"));
                break;
            case SealStatus.Undetermined:
                scan.Findings.Add(Finding.Of(FindingCode.SealUndetermined, scan.DisplayPath,
                    $"“{scan.FileName}”是黑白/灰度扫描，无法判断是否加盖公章。", "如条件允许，请彩色扫描盖章页后提交。"));
                break;
            default:
                break;
        }
    }

    private static SealStatus Combine(IEnumerable<SealStatus> seals)
    {
        var all = seals.ToList();
        return all.Contains(SealStatus.Found) ? SealStatus.Found
            : all.All(s => s == SealStatus.Undetermined) ? SealStatus.Undetermined
            : SealStatus.NotFound;
    }

    private static string Folder(string displayPath) => displayPath[..(displayPath.LastIndexOf('/') + 1)];
}
