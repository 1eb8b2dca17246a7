namespace Pilot1X.Core.Word;

/// <summary>What a paragraph style makes a paragraph, apart from its heading level.</summary>
internal enum StyleRole
{
    Body,
    Title,
    Caption,
    Toc,
}
