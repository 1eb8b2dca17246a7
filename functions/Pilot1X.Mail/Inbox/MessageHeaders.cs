using MimeKit;
using Pilot1X.Core.Email;
using Pilot1X.Core.Formats;
using Pilot1X.Core.Intake;

namespace Pilot1X.Mail.Inbox;

/// <summary>The header facts the mail door keys and threads on, read with the core's Chinese-aware parser.</summary>
/// <param name="From">Where a receipt can go (From, else Reply-To, Sender, Return-Path); null when nobody can be answered.</param>
/// <param name="FromHeader">The sender as the From header names them, for a person to read.</param>
internal sealed record MessageHeaders(string? MessageId, string? References, string? From, string? FromHeader, string Subject, string? IgnoreReason)
{
    public static MessageHeaders Read(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            using var submission = new EmailReader(IntakeLimits.Default).Open(stream, Path.GetFileName(path));
            var envelope = submission.Envelope;
            stream.Position = 0;
            var headers = HeaderList.Load(stream);
            var ignore = envelope.IgnoreReason ?? (headers.Contains("List-Id") || headers.Contains("List-Unsubscribe") ? "BULK" : null);
            var fromHeader = envelope.FromName is { } name ? $"{name} <{envelope.FromAddress}>" : envelope.FromAddress;
            return new MessageHeaders(envelope.MessageId, headers[HeaderId.References], envelope.ReplyAddress, fromHeader, envelope.Subject, ignore);
        }
        catch (UnreadableDocumentException)
        {
            return new MessageHeaders(null, null, null, null, string.Empty, "UNREADABLE");
        }
    }
}
