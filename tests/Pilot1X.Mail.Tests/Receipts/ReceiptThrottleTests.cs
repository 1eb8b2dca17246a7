using Pilot1X.Mail.Receipts;
using Pilot1X.Mail.Tests.Local;

namespace Pilot1X.Mail.Tests.Receipts;

[Collection(MailServers.Name)]
public sealed class ReceiptThrottleTests(AzuriteFixture azurite, DovecotFixture dovecot)
{
    [Fact]
    public async Task At_most_k_receipts_go_to_one_sender_per_hour_even_when_asked_in_parallel()
    {
        await using var harness = new MailHarness(azurite, dovecot, new() { ["Receipts:MaxPerSenderPerHour"] = "3" });
        var throttle = harness.Get<ReceiptThrottle>();

        var granted = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => throttle.TryTakeAsync("Loop@Example.cn", CancellationToken.None)));
        var other = await throttle.TryTakeAsync("someone@example.cn", CancellationToken.None);

        Assert.Equal(3, granted.Count(g => g));
        Assert.True(other);
    }
}
