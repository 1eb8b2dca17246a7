namespace Pilot1X.Mail.Tests.Local;

/// <summary>Azurite and Dovecot are started once for all mail tests; each test uses its own mailbox user and storage names.</summary>
[CollectionDefinition(Name)]
public sealed class MailServers : ICollectionFixture<AzuriteFixture>, ICollectionFixture<DovecotFixture>
{
    public const string Name = "Mail servers";
}
