using MimeKit;

namespace Pilot1X.Mail.Outbox;

/// <summary>
/// Waits <paramref name="interval"/> between two deliveries. A local drain (<c>pilot1x remind --smtp</c>) sends everything
/// at once; over a real SMTP server this keeps the pace the Functions app gets from the outbox queue's visibility delays.
/// </summary>
public sealed class PacedDelivery(IMailDelivery inner, TimeSpan interval, TimeProvider clock) : IMailDelivery
{
    private DateTimeOffset? _last;

    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (_last is { } last && last + interval - clock.GetUtcNow() is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await inner.DeliverAsync(message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _last = clock.GetUtcNow();
        }
    }
}
