namespace Pilot1X.Functions.Tests;

public sealed class TelemetryAuthenticationTests
{
    [Theory]
    [InlineData("Authorization=AAD;ClientId=1234-abcd", "1234-abcd")]
    [InlineData("authorization=aad; clientid=1234-abcd ;", "1234-abcd")]
    [InlineData("Authorization=AAD", "")]
    public void An_entra_authentication_string_names_the_managed_identity(string setting, string clientId)
    {
        Assert.Equal(clientId, TelemetryAuthentication.ManagedIdentityClientId(setting));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Authorization=Key")]
    public void Without_entra_authentication_telemetry_is_left_as_configured(string? setting)
    {
        Assert.Null(TelemetryAuthentication.ManagedIdentityClientId(setting));
    }
}
