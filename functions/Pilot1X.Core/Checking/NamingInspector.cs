using Pilot1X.Core.Attribution;
using Pilot1X.Core.Findings;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Checking;

/// <summary>
/// Checks the notice's naming rule (单位名称+1+X证书制度试点工作…) on every material, and says so when a file's
/// material cannot be told. Files inside a package that is itself named by the rule only need a clear material name.
/// </summary>
internal static class NamingInspector
{
    private const string PackageSuffix = "1+x证书制度试点工作";

    public static void Inspect(ReceivedItem item)
    {
        if (item is not { IsMaterial: true, IsDuplicate: false, IsSuperseded: false, Institution: { } institution })
        {
            return;
        }

        var extension = ExtensionFor(item);
        if (item.Kind == MaterialKind.Unknown)
        {
            item.Findings.Add(Finding.Of(FindingCode.UnknownMaterial, item.DisplayPath,
                $"无法判断“{item.FileName}”是哪一份材料（工作总结报告、评价报告或典型案例）。",
                $"请按材料命名，如“{NamingRule.SuggestName(institution, MaterialKind.Summary, item.IsScan, extension)}”。"));
            return;
        }

        if (InsideNamedPackage(item.Origin, institution) || NamingRule.Conforms(item.FileName, institution, item.Kind))
        {
            return;
        }

        var suggestion = NamingRule.SuggestName(institution, item.Kind, item.IsScan, extension);
        item.Findings.Add(Finding.Of(FindingCode.NameNonconforming, item.DisplayPath,
            $"文件名“{item.FileName}”与通知的“单位名称+1+X证书制度试点工作…”命名方式不一致，建议统一命名为“{suggestion}”。", suggestion));
    }

    /// <summary>True when the name is the package name the notice asks for: the institution's name, an optional separator (+, -, —), then 1+X证书制度试点工作.</summary>
    public static bool IsPackageName(string name, Institution institution)
    {
        var normalized = NameNormalizer.Normalize(name);
        var prefix = NameNormalizer.Normalize(institution.Name);
        if (!normalized.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = NamingRule.TrimSeparators(normalized[prefix.Length..]);
        return rest.StartsWith(PackageSuffix, StringComparison.OrdinalIgnoreCase);
    }

    // Only containers count: the archive's own name sits in the context right after the folders inside it.
    private static bool InsideNamedPackage(SubmissionOrigin origin, Institution institution) =>
        origin.Depth > 0 && origin.Context.Any(name => IsPackageName(name, institution));

    // The right extension is the one of what the file really is, whatever its name claims.
    private static string ExtensionFor(ReceivedItem item) => item.Format.Detail switch
    {
        "doc" or "wps" or "docx" => ".docx",
        "pdf" => ".pdf",
        "png" => ".png",
        "jpeg" => ".jpg",
        _ => item.Format.Format == FileFormat.Pdf ? ".pdf" : Path.GetExtension(item.FileName),
    };
}
