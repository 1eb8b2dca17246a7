using System.ComponentModel.DataAnnotations;

namespace Pilot1X.Mail;

/// <summary>
/// Where the mail door keeps its state. Settings rather than constants so tests and parallel deployments can share an
/// account; table names take the pipeline's <c>TablePrefix</c>.
/// </summary>
public sealed class MailStorageOptions
{
    public const string SectionName = "Pilot1X:Mail";

    /// <summary>Container every polled message is streamed to before the checkpoint moves.</summary>
    [Required, RegularExpression(ContainerPattern)]
    public string InboxContainer { get; set; } = "inbox";

    /// <summary>Container holding each outgoing message's .eml until it is sent.</summary>
    [Required, RegularExpression(ContainerPattern)]
    public string OutboxContainer { get; set; } = "outbox";

    /// <summary>Queue the SMTP sender is triggered from.</summary>
    [Required, RegularExpression(ContainerPattern)]
    public string OutboxQueue { get; set; } = "outbox";

    /// <summary>Where a message the SMTP server refused for good ends, with its reason in the Outbox table.</summary>
    [Required, RegularExpression(ContainerPattern)]
    public string OutboxPoisonQueue { get; set; } = "outbox-poison";

    /// <summary>The folder name used as the upload "institution" folder for polled messages.</summary>
    [Required]
    public string UploadFolder { get; set; } = "mailbox";

    /// <summary>First retry delay after a temporary SMTP failure; doubled each attempt, at most an hour.</summary>
    [Range(0, 3600)]
    public int OutboxRetryBaseSeconds { get; set; } = 60;

    /// <summary>Temporary failures tolerated before a mail is dead-lettered.</summary>
    [Range(1, 50)]
    public int OutboxMaxAttempts { get; set; } = 8;

    private const string ContainerPattern = "^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$";
}
