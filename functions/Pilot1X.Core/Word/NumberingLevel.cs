namespace Pilot1X.Core.Word;

/// <summary>One <c>w:lvl</c> of a numbering definition.</summary>
internal sealed record NumberingLevel(int Start, string Format, string? Text);
