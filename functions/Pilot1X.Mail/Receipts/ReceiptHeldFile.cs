namespace Pilot1X.Mail.Receipts;

/// <summary>A file of the mail held for the office instead of being filed (it names another institution than the sender may file for).</summary>
/// <param name="File">The file as named in the mail (untrusted).</param>
/// <param name="Named">The roster institution its name points to.</param>
/// <param name="Why">The hold finding's message: what happened, in Chinese.</param>
/// <param name="NamedIsInformed">Whether the roster has a contact address for <paramref name="Named"/>, so the notice reaches it.</param>
public sealed record ReceiptHeldFile(string File, string Named, string Why, bool NamedIsInformed);
