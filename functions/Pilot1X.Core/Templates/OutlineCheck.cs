using Pilot1X.Core.Findings;

namespace Pilot1X.Core.Templates;

/// <summary>The result of checking a report against its template: the sections as matched and the findings.</summary>
public sealed record OutlineCheck(IReadOnlyList<MatchedSection> Sections, IReadOnlyList<Finding> Findings);
