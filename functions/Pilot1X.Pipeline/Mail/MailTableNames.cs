namespace Pilot1X.Pipeline.Mail;

/// <summary>
/// The mail door's table names (after the pipeline's <c>TablePrefix</c>), named once: the mail project writes them,
/// the office's readers in this project read them.
/// </summary>
public static class MailTableNames
{
    /// <summary>One row per received mail (<see cref="MailMessageRow"/>).</summary>
    public const string Messages = "MailMessages";

    /// <summary>One row per outgoing mail, keyed by its Message-ID (<see cref="OutboxRow"/>).</summary>
    public const string Outbox = "Outbox";

    /// <summary>One row per batch of link uploads answered or not (<see cref="UploadReceiptRow"/>).</summary>
    public const string UploadReceipts = "UploadReceipts";
}
