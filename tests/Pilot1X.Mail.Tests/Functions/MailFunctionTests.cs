using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pilot1X.Functions;
using Pilot1X.Mail.Outbox;
using Pilot1X.Mail.Receipts;
using Pilot1X.Mail.Tests.Local;
using Pilot1X.Mail.Tests.Receipts;

namespace Pilot1X.Mail.Tests.Functions;

/// <summary>The two mail functions invoked as the host would, on the app's own service registration against Azurite.</summary>
[Collection(MailServers.Name)]
public sealed class MailFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_send_outbox_function_delivers_a_queued_receipt_over_smtp_once()
    {
        await using var smtp = new SmtpTestServer();
        smtp.Start();
        await using var app = App(new() { ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var store = app.GetRequiredService<MailStore>();
        await store.EnsureCreatedAsync(CancellationToken.None);
        await store.OutboxQueue.ClearMessagesAsync();
        using var receipt = app.GetRequiredService<ReceiptComposer>().Compose(ReceiptSamples.Request(ReceiptSamples.School) with { SubmissionId = Guid.NewGuid().ToString("N") });
        await app.GetRequiredService<MailOutbox>().EnqueueAsync(receipt, CancellationToken.None);
        var function = ActivatorUtilities.CreateInstance<OutboxSendFunction>(app);

        var message = Assert.Single((await store.OutboxQueue.ReceiveMessagesAsync(1)).Value);
        await function.RunAsync(message, CancellationToken.None);
        await function.RunAsync(message, CancellationToken.None);

        Assert.Equal(receipt.MessageId, Assert.Single(smtp.Received).MessageId);
    }

    [Fact]
    public async Task The_poll_function_refuses_to_run_without_the_authorization_code_and_says_which_setting_is_missing()
    {
        await using var app = App(new() { ["Mailbox:Host"] = "imap.126.com", ["Mailbox:User"] = "hbzcjc@126.com" });
        var function = ActivatorUtilities.CreateInstance<MailboxPollFunction>(app);

        var error = await Assert.ThrowsAsync<FormatException>(() => function.RunAsync(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None));

        Assert.Contains("Mailbox__AuthorizationCode", error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider App(Dictionary<string, string?> settings)
    {
        settings[FunctionNames.Connection] = azurite.ConnectionString;
        settings["Pilot1X:Storage:TablePrefix"] = "M" + Guid.NewGuid().ToString("N")[..10];
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPilot1XFunctions(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
