namespace Pilot1X.Core.Reporting;

/// <summary>A top-level section found in a Word document, with the template section it matched (1-based) or null.</summary>
public sealed record SectionReport(string Heading, string Title, int? Template, int Chars);
