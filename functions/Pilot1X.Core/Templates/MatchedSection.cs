namespace Pilot1X.Core.Templates;

/// <summary>A top-level section of a report and the template section it was recognised as.</summary>
/// <param name="Heading">The heading as displayed (with numbering).</param>
/// <param name="Title">The heading without numbering.</param>
/// <param name="Template">The 1-based template section it matches, or null when it matches none.</param>
/// <param name="Chars">字数 of the section body.</param>
public sealed record MatchedSection(string Heading, string Title, int? Template, int Chars);
