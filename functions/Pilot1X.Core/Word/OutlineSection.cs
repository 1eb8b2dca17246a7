namespace Pilot1X.Core.Word;

/// <summary>A top-level section of a Word report: what the reader sees as "一、…" and how much it says.</summary>
/// <param name="Heading">The heading as displayed, including rendered automatic numbering (e.g. "一、1+X证书制度试点工作概况").</param>
/// <param name="Title">The heading without its numbering prefix (e.g. "1+X证书制度试点工作概况").</param>
/// <param name="Chars">Word-compatible 字数 of the section body (sub-headings, tables and captions included).</param>
public sealed record OutlineSection(string Heading, string Title, int Chars);
