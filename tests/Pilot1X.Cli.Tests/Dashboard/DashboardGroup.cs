namespace Pilot1X.Cli.Tests.Dashboard;

/// <summary>One seeded Azurite and one running <c>pilot1x serve</c> for every dashboard test.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardGroup : ICollectionFixture<DashboardSite>
{
    public const string Name = "dashboard";
}
