namespace Pilot1X.Core.Word;

/// <summary>A paragraph style after following its <c>basedOn</c> chain (nearest definition wins).</summary>
/// <param name="Level">Heading level 1–9 from the name (heading N / 标题 N) or <c>w:outlineLvl</c>; null for body text.</param>
internal sealed record ResolvedStyle(int? Level, StyleRole Role, int? NumId, int? Ilvl, bool Bold, bool Centered)
{
    public static readonly ResolvedStyle Plain = new(null, StyleRole.Body, null, null, false, false);
}
