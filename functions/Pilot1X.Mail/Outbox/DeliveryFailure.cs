namespace Pilot1X.Mail.Outbox;

/// <summary>How a delivery failed, which decides what the outbox does next.</summary>
public enum DeliveryFailure
{
    /// <summary>Nothing was accepted and trying later may work (4xx, connection refused, timeout before DATA).</summary>
    Temporary,

    /// <summary>The server refused for good (5xx, e.g. <c>554 DT:SPM</c>): never retried tightly, dead-lettered.</summary>
    Permanent,

    /// <summary>The connection broke while the message was being transferred: it may have been accepted. Never resent automatically.</summary>
    Uncertain,
}
