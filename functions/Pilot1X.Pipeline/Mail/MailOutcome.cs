namespace Pilot1X.Pipeline.Mail;

/// <summary>What became of one received mail (the <c>Outcome</c> column of MailMessages; its contract name is snake_case).</summary>
public enum MailOutcome
{
    /// <summary>Kept; its analysis or its receipt is still to come.</summary>
    Pending,

    /// <summary>A receipt was queued in the outbox (its Message-ID is in <c>Receipt</c>).</summary>
    Receipt,

    /// <summary>The same mail had been taken in before.</summary>
    Duplicate,

    /// <summary>An automatic reply or list mail: never answered.</summary>
    AutoReply,

    /// <summary>A delivery failure report: never answered.</summary>
    Bounce,

    /// <summary>No deliverable address in From, Reply-To, Sender or Return-Path (or a robot's address): nobody to answer.</summary>
    NoSender,

    /// <summary>The sender had their hourly allowance of receipts.</summary>
    RateLimited,

    /// <summary>Sent from the office's own address.</summary>
    OwnAddress,

    /// <summary>A step failed for this mail (the reason says which and why); the mail itself is kept.</summary>
    Failed,
}
