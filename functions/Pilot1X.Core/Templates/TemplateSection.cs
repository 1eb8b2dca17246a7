namespace Pilot1X.Core.Templates;

/// <summary>One required section of a notice template.</summary>
/// <param name="Number">1-based position in the template.</param>
/// <param name="Title">The title as the notice means it (typo corrected).</param>
/// <param name="Keys">Distinctive wordings that identify the section (normalised, template-wide words removed).</param>
internal sealed record TemplateSection(int Number, string Title, IReadOnlyList<string> Keys)
{
    /// <summary>The keys normalised once, as headings are.</summary>
    public IReadOnlyList<string> NormalizedKeys { get; } = Keys.Select(SectionTitleMatcher.Normalize).ToArray();
}
