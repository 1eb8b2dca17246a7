using MimeKit;

namespace Pilot1X.Core.Email;

/// <summary>
/// What the attribution and receipt logic needs from a message without touching its attachments.
/// </summary>
/// <param name="MessageId">The Message-ID without angle brackets: the same mail delivered twice has the same one.</param>
/// <param name="Subject">The decoded subject (empty when absent).</param>
/// <param name="FromAddress">The sender's address, lower-cased.</param>
/// <param name="FromName">The sender's decoded display name.</param>
/// <param name="Date">The Date header, when present and parseable.</param>
/// <param name="IgnoreReason">Null for a real submission; <c>AUTO_REPLY</c> or <c>BOUNCE</c> for mail that must never get a receipt.</param>
public sealed record EmailEnvelope(
    string? MessageId,
    string Subject,
    string? FromAddress,
    string? FromName,
    DateTimeOffset? Date,
    string? IgnoreReason)
{
    /// <summary>
    /// Where an answer can go, lower-cased: the From address when a mail server accepts it (decoded first when the whole
    /// header was one encoded-word), else Reply-To, Sender, Return-Path; null when the message names nobody to answer.
    /// </summary>
    public string? ReplyAddress { get; init; }

    /// <summary>The <see cref="IgnoreReason"/> of an auto-reply (out of office, 自动回复).</summary>
    public const string AutoReply = "AUTO_REPLY";

    /// <summary>The <see cref="IgnoreReason"/> of a delivery failure report (退信).</summary>
    public const string Bounce = "BOUNCE";

    internal static EmailEnvelope Of(MimeMessage message)
    {
        var from = SenderAddress.FromOf(message);
        var name = string.IsNullOrWhiteSpace(from?.Name) ? null : from.Name.Trim();
        DateTimeOffset? date = message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue ? message.Date : null;
        return new EmailEnvelope(
            string.IsNullOrWhiteSpace(message.MessageId) ? null : message.MessageId,
            message.Subject ?? string.Empty,
            from?.Address?.Trim().ToLowerInvariant(),
            name,
            date,
            AutomatedMailClassifier.Classify(message))
        {
            ReplyAddress = SenderAddress.ReplyAddressOf(message),
        };
    }
}
