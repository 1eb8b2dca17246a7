using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Pilot1X.Mail.Inbox;
using Pilot1X.Pipeline;

namespace Pilot1X.Mail.Tests.Local;

/// <summary>The pipeline and mail services wired as the app wires them, against Azurite, with names no other test uses, and one fresh Dovecot user.</summary>
public sealed class MailHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly DovecotFixture? _dovecot;

    /// <summary>Without <paramref name="dovecot"/> there is no mailbox: enough for the outbox, reminders and reports.</summary>
    public MailHarness(AzuriteFixture azurite, DovecotFixture? dovecot, Dictionary<string, string?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        _dovecot = dovecot;
        User = dovecot?.NewUser() ?? string.Empty;
        var id = Guid.NewGuid().ToString("N")[..10];
        var settings = new Dictionary<string, string?>
        {
            ["Pilot1X:Storage:UploadsContainer"] = "up-" + id,
            ["Pilot1X:Storage:MaterialsContainer"] = "mat-" + id,
            ["Pilot1X:Storage:LongTextContainer"] = "txt-" + id,
            ["Pilot1X:Storage:AnalysisQueue"] = "an-" + id,
            ["Pilot1X:Storage:PoisonQueue"] = "an-" + id + "-poison",
            ["Pilot1X:Storage:TablePrefix"] = "T" + id,
            ["Pilot1X:Mail:InboxContainer"] = "in-" + id,
            ["Pilot1X:Mail:OutboxContainer"] = "out-" + id,
            ["Pilot1X:Mail:OutboxQueue"] = "out-" + id,
            ["Pilot1X:Mail:OutboxPoisonQueue"] = "out-" + id + "-poison",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new BlobServiceClient(azurite.ConnectionString));
        services.AddSingleton(new QueueServiceClient(azurite.ConnectionString));
        services.AddSingleton(new TableServiceClient(azurite.ConnectionString));
        services.AddPilot1XPipeline(configuration);
        services.AddPilot1XMail(configuration);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public string User { get; }

    public PipelineStore Store => Get<PipelineStore>();

    public MailStore Mail => Get<MailStore>();

    public MailboxPoller Poller => Get<MailboxPoller>();

    private DovecotFixture Dovecot => _dovecot ?? throw new InvalidOperationException("This harness was built without Dovecot.");

    public MailboxEndpoint Endpoint(string folder = "INBOX", int? port = null) =>
        new("127.0.0.1", port ?? Dovecot.ImapsPort, port is null ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.None, User, DovecotFixture.Password, folder)
        {
            CertificateValidation = Dovecot.CertificateValidation,
        };

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>APPENDs raw messages over IMAP, as the mail server's delivery would, and returns their UIDs.</summary>
    public async Task<IReadOnlyList<UniqueId>> AppendAsync(string folder, params byte[][] messages)
    {
        using var client = await ConnectAsync();
        var target = string.Equals(folder, "INBOX", StringComparison.Ordinal) ? client.Inbox : await OpenOrCreateAsync(client, folder);
        var uids = new List<UniqueId>();
        foreach (var raw in messages)
        {
            using var message = MimeMessage.Load(new MemoryStream(raw));
            uids.Add(await target.AppendAsync(message, MessageFlags.None) ?? UniqueId.Invalid);
        }

        await client.DisconnectAsync(true);
        return uids;
    }

    public async Task<ImapClient> ConnectAsync()
    {
        var client = new ImapClient { ServerCertificateValidationCallback = Dovecot.CertificateValidation };
        await client.ConnectAsync("127.0.0.1", Dovecot.ImapsPort, SecureSocketOptions.SslOnConnect);
        await client.AuthenticateAsync(User, DovecotFixture.Password);
        return client;
    }

    public async ValueTask DisposeAsync() => await _provider.DisposeAsync();

    private static async Task<IMailFolder> OpenOrCreateAsync(ImapClient client, string name)
    {
        var root = client.GetFolder(client.PersonalNamespaces[0]);
        try
        {
            return await client.GetFolderAsync(name) ?? throw new FolderNotFoundException(name);
        }
        catch (FolderNotFoundException)
        {
            return await root.CreateAsync(name, isMessageFolder: true) ?? throw new FolderNotFoundException(name);
        }
    }
}
