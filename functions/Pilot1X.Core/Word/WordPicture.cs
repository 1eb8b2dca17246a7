namespace Pilot1X.Core.Word;

/// <summary>A picture in a Word body; cases must caption every picture (图文并茂, 注意标注图片说明).</summary>
/// <param name="Index">1-based position in document order, as the author would count pictures.</param>
/// <param name="Caption">The caption text found next to the picture, or null when it has none.</param>
public sealed record WordPicture(int Index, string? Caption);
