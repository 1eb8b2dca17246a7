using MimeKit;

namespace Pilot1X.Mail.Outbox;

/// <summary>The last hop of the outbox: an SMTP server, or a pickup folder of .eml files for local runs.</summary>
public interface IMailDelivery
{
    /// <summary>Delivers one message; throws <see cref="DeliveryException"/> saying whether a retry is safe.</summary>
    Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken);
}
