namespace Pilot1X.Mail.Outbox;

/// <summary>Where one outgoing mail stands (the <c>State</c> column of the Outbox table).</summary>
public enum OutboxState
{
    /// <summary>Durable (blob, row, queue message) and waiting for the sender.</summary>
    Queued,

    /// <summary>Handed to the SMTP server right now; found again on a retry, it means the last attempt's outcome is unknown.</summary>
    Sending,

    /// <summary>Accepted by the server (or written to the pickup folder).</summary>
    Sent,

    /// <summary>A temporary (4xx or connection) failure; a delayed retry is queued.</summary>
    Deferred,

    /// <summary>Refused for good (5xx) or uncertain; never sent again automatically. The reason is on the row.</summary>
    DeadLettered,
}
