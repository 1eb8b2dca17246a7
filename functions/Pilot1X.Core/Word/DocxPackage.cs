using System.IO.Compression;
using System.Xml;
using Pilot1X.Core.Formats;

namespace Pilot1X.Core.Word;

/// <summary>
/// The parts of a .docx that outline extraction needs, located through the package relationships
/// (<c>_rels/.rels</c> → main document → styles, numbering) straight from the zip: opening the whole
/// OPC package costs more than reading the document itself. Every part is opened through one
/// <see cref="OfficePackageBudget"/>, so a part that inflates past the limits stops the reading.
/// </summary>
internal sealed class DocxPackage : IDisposable
{
    private const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string StrictRelationshipTypes = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
    private readonly ZipArchive zip;
    private readonly OfficePackageBudget budget;

    private DocxPackage(ZipArchive zip, OfficePackageBudget budget, ZipArchiveEntry main, ZipArchiveEntry? styles, ZipArchiveEntry? numbering)
    {
        this.zip = zip;
        this.budget = budget;
        Main = main;
        Styles = styles;
        Numbering = numbering;
    }

    public ZipArchiveEntry Main { get; }

    public ZipArchiveEntry? Styles { get; }

    public ZipArchiveEntry? Numbering { get; }

    /// <summary>Locates the parts; refuses the package when their declared sizes already pass the budget.</summary>
    public static DocxPackage Open(Stream stream, OfficePackageBudget budget)
    {
        var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var opened = false;
        try
        {
            var mainPath = Relationships(zip, budget, "_rels/.rels", string.Empty).GetValueOrDefault("officeDocument")
                ?? throw new UnreadableDocumentException("该文件是压缩包，但不含 Word 正文（word/document.xml），不是有效的 .docx 文档。请用 Word/WPS 另存为 .docx 后重新提交。");
            var main = Find(zip, mainPath)
                ?? throw new UnreadableDocumentException("该 Word 文档缺少正文部件（word/document.xml），文件不完整。请用 Word/WPS 打开后另存为 .docx 重新提交。");
            var folder = mainPath.Contains('/', StringComparison.Ordinal) ? mainPath[..(mainPath.LastIndexOf('/') + 1)] : string.Empty;
            var name = mainPath[folder.Length..];
            var related = Relationships(zip, budget, $"{folder}_rels/{name}.rels", folder);
            var styles = related.TryGetValue("styles", out var stylesPath) ? Find(zip, stylesPath) : null;
            var numbering = related.TryGetValue("numbering", out var numberingPath) ? Find(zip, numberingPath) : null;
            budget.CheckDeclared([(main, "正文"), (styles, "样式表"), (numbering, "编号定义")]);
            var package = new DocxPackage(zip, budget, main, styles, numbering);
            opened = true;
            return package;
        }
        finally
        {
            if (!opened)
            {
                zip.Dispose();
            }
        }
    }

    /// <summary>Opens the main document, styles or numbering part, counted against the budget.</summary>
    public Stream OpenPart(ZipArchiveEntry part, string name) => budget.Open(part, name);

    public void Dispose() => zip.Dispose();

    /// <summary>Relationship type (last segment) → part path, resolved against <paramref name="folder"/>.</summary>
    private static Dictionary<string, string> Relationships(ZipArchive zip, OfficePackageBudget budget, string relsPath, string folder)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var entry = Find(zip, relsPath);
        if (entry is null)
        {
            return result;
        }

        using var stream = budget.Open(entry, "部件关系表");
        using var reader = WordXml.CreateReader(stream, budget);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship"
                || reader.GetAttribute("TargetMode") is "External")
            {
                continue;
            }

            var type = reader.GetAttribute("Type");
            var target = reader.GetAttribute("Target");
            if (type is null || target is null)
            {
                continue;
            }

            var shortType = type.StartsWith(RelationshipTypes, StringComparison.Ordinal) ? type[RelationshipTypes.Length..]
                : type.StartsWith(StrictRelationshipTypes, StringComparison.Ordinal) ? type[StrictRelationshipTypes.Length..]
                : null;
            if (shortType is not null)
            {
                result.TryAdd(shortType, Resolve(folder, target));
            }
        }

        return result;
    }

    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var segments = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    private static ZipArchiveEntry? Find(ZipArchive zip, string path) => OfficePackageProbe.Find(zip, path);
}
