using Pilot1X.Core.Reporting;
using Pilot1X.Core.Scans;

namespace Pilot1X.Core.Tests.Reporting;

public sealed class ContractNamesTests
{
    [Theory]
    [InlineData(SealStatus.Found, "found")]
    [InlineData(SealStatus.NotFound, "not_found")]
    [InlineData(SealStatus.Undetermined, "undetermined")]
    public void A_seal_survives_the_trip_through_its_contract_name(SealStatus seal, string name)
    {
        Assert.Equal(name, ContractNames.Of(seal));
        Assert.Equal(seal, ContractNames.SealOf(name));
    }

    [Fact]
    public void A_seal_name_the_contract_does_not_know_reads_as_undetermined() =>
        Assert.Equal(SealStatus.Undetermined, ContractNames.SealOf("red"));
}
