namespace Pilot1X.Infra.Tests.Support;

/// <summary>Shares one <see cref="BicepFixture"/> (one build, one lint) across the test classes.</summary>
[CollectionDefinition(Name)]
public sealed class BicepTemplateGroup : ICollectionFixture<BicepFixture>
{
    public const string Name = "Bicep";
}
