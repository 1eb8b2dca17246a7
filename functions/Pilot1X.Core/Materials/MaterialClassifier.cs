using System.Buffers;
using Pilot1X.Core.Attribution;

namespace Pilot1X.Core.Materials;

/// <summary>
/// Tells which of the notice's materials a file is, from its name (and the folders around it) or from its content,
/// because institutions name and package their files in many ways and the completeness matrix needs the kind.
/// </summary>
public static class MaterialClassifier
{
    /// <summary>Texts longer than this are body paragraphs, not titles: their words (总结经验…) say nothing about the kind.</summary>
    private const int TitleLength = 60;

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。；！？;!?");

    /// <summary>
    /// The kind named by a file name or a path with folders (<c>1.工作总结报告/xx.docx</c>, <c>a.zip!/3.典型案例/b.docx</c>);
    /// the innermost name that says something wins over the folders around it.
    /// </summary>
    public static MaterialKind FromName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            var kind = MaterialKeywords.Classify(WithoutExtension(segments[i].TrimEnd('!')));
            if (kind != MaterialKind.Unknown)
            {
                return kind;
            }
        }

        return MaterialKind.Unknown;
    }

    /// <summary>The kind a document says it is: its title first, then its outline headings, then title-like leading lines.</summary>
    /// <param name="title">The document title (first title paragraph or core property), if any.</param>
    /// <param name="texts">Headings and leading paragraphs in document order.</param>
    public static MaterialKind FromContent(string? title, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (!string.IsNullOrWhiteSpace(title))
        {
            var byTitle = MaterialKeywords.Classify(title);
            if (byTitle != MaterialKind.Unknown)
            {
                return byTitle;
            }
        }

        var normalized = texts.Where(t => t is not null).Select(NameNormalizer.Normalize).Where(t => t.Length > 0).ToList();
        var byOutline = OutlineEvidence.Classify(normalized);
        if (byOutline != MaterialKind.Unknown)
        {
            return byOutline;
        }

        return normalized
            .Where(IsTitleLike)
            .Select(MaterialKeywords.Classify)
            .FirstOrDefault(kind => kind != MaterialKind.Unknown);
    }

    /// <summary>A short line without sentence punctuation: a title, subtitle or heading rather than body text.</summary>
    private static bool IsTitleLike(string text) => text.Length <= TitleLength && text.AsSpan().IndexOfAny(SentenceEnds) < 0;

    private static string WithoutExtension(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || name.Length - dot - 1 is < 1 or > 5)
        {
            return name;
        }

        for (var i = dot + 1; i < name.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(name[i]))
            {
                return name;
            }
        }

        return name[..dot];
    }
}
