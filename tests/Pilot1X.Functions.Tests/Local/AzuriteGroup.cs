namespace Pilot1X.Functions.Tests.Local;

/// <summary>The function tests share one Azurite and the app's fixed container and queue names, so they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
