namespace Pilot1X.Mail.Receipts;

/// <summary>One part of a receipt's text: an optional heading and its lines, shown as a list or as paragraphs.</summary>
internal sealed record ReceiptBlock(string? Title, IReadOnlyList<string> Lines, bool List);
