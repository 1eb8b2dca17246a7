namespace Pilot1X.Mail.Tests.Local;

/// <summary>Tests of the outbox's senders (reminders, the office report) need Azurite and an in-process SMTP server, not Dovecot.</summary>
[CollectionDefinition(Name)]
public sealed class StorageOnly : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite only";
}
