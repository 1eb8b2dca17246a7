using Pilot1X.Core.Findings;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Word;

namespace Pilot1X.Core.Templates;

/// <summary>
/// Checks a Word report against what the notice prescribes for its material: the 附件1/附件4 outlines
/// for the summary and evaluation reports, length and captioned pictures for a typical case.
/// </summary>
public sealed class OutlineValidator
{
    /// <summary>Lowest 字数 of a case before it is "far from about 3,000".</summary>
    public const int CaseMinChars = 2000;

    /// <summary>Highest 字数 of a case before it is "far from about 3,000".</summary>
    public const int CaseMaxChars = 4500;

    /// <summary>Matches the sections and lists the findings; <paramref name="displayPath"/> becomes each finding's file.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Instance API: the engine injects and calls the validator.")]
    public OutlineCheck Validate(MaterialKind kind, WordOutline outline, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(displayPath);
        var template = kind switch
        {
            MaterialKind.Summary => OutlineTemplate.Summary,
            MaterialKind.Evaluation => OutlineTemplate.Evaluation,
            _ => null,
        };

        if (template is null)
        {
            var sections = outline.Sections.Select(s => new MatchedSection(s.Heading, s.Title, null, s.Chars)).ToList();
            var findings = kind == MaterialKind.Case ? CaseRules.Check(outline, displayPath) : [];
            return new OutlineCheck(sections, findings);
        }

        var assigned = TemplateAssignment.Assign(outline.Sections.Select(s => s.Title).ToList(), template);
        var matched = outline.Sections
            .Select((s, i) => new MatchedSection(s.Heading, s.Title, assigned[i], s.Chars))
            .ToList();
        return new OutlineCheck(matched, TemplateRules.Check(template, matched, displayPath));
    }
}
