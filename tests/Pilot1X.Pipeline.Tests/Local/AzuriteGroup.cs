namespace Pilot1X.Pipeline.Tests.Local;

/// <summary>All tests that talk to Azurite share one emulator process; each uses its own containers, queues and tables.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
