using System.Diagnostics;
using MimeKit;
using Pilot1X.Mail.Outbox;

namespace Pilot1X.Mail.Tests.Outbox;

public sealed class PacedDeliveryTests
{
    private sealed class Recorder : IMailDelivery
    {
        public List<TimeSpan> At { get; } = [];

        public Stopwatch Clock { get; } = Stopwatch.StartNew();

        public Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            At.Add(Clock.Elapsed);
            return Task.CompletedTask;
        }
    }

    // The interval is long next to a loaded machine's scheduling delays (a few hundred ms were seen in CI-like runs), so
    // "at once" and "an interval later" stay distinguishable.
    [Fact]
    public async Task A_paced_delivery_hands_over_the_first_mail_at_once_and_each_next_one_an_interval_later()
    {
        var recorder = new Recorder();
        var paced = new PacedDelivery(recorder, TimeSpan.FromSeconds(2), TimeProvider.System);
        using var message = new MimeMessage();

        for (var i = 0; i < 3; i++)
        {
            await paced.DeliverAsync(message, CancellationToken.None);
        }

        Assert.True(recorder.At[0] < TimeSpan.FromSeconds(1), $"first after {recorder.At[0]}");
        Assert.True(recorder.At[1] - recorder.At[0] >= TimeSpan.FromMilliseconds(1950), $"gap {recorder.At[1] - recorder.At[0]}");
        Assert.True(recorder.At[2] - recorder.At[1] >= TimeSpan.FromMilliseconds(1950), $"gap {recorder.At[2] - recorder.At[1]}");
    }
}
