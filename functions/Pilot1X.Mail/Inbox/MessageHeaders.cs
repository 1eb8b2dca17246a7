using Pilot1X.Core.Email;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;

namespace Pilot1X.Mail.Inbox;

/// <summary>
/// The header facts the mail door keys and threads on, read with the core's Chinese-aware parser from the header block
/// alone: the body (and its 超大附件 scan) is left to the analysis.
/// </summary>
/// <param name="From">Where a receipt can go (From, else Reply-To, Sender, Return-Path); null when nobody can be answered.</param>
/// <param name="FromHeader">The sender as the From header names them, for a person to read.</param>
internal sealed record MessageHeaders(string? MessageId, string? References, string? From, string? FromHeader, string Subject, string? IgnoreReason)
{
    /// <summary>The <see cref="IgnoreReason"/> of a mail whose header block is over the intake limit (named by what could be read of its subject).</summary>
    public const string HeaderTooLarge = "HEADER_TOO_LARGE";

    public static MessageHeaders Read(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            var head = new EmailReader(IntakeLimits.Default).ReadHead(stream, Path.GetFileName(path));
            var envelope = head.Envelope;
            var ignore = envelope.IgnoreReason ?? (head.FromMailingList ? "BULK" : null);
            var fromHeader = envelope.FromName is { } name ? $"{name} <{envelope.FromAddress}>" : envelope.FromAddress;
            return new MessageHeaders(envelope.MessageId, head.References, envelope.ReplyAddress, fromHeader, envelope.Subject, ignore);
        }
        catch (UnreadableDocumentException)
        {
            return new MessageHeaders(null, null, null, null, string.Empty, "UNREADABLE");
        }
        catch (OversizedHeaderException ex)
        {
            return new MessageHeaders(null, null, null, null, ex.Subject ?? string.Empty, HeaderTooLarge);
        }
    }
}
