using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pilot1X.Functions;

/// <summary>
/// Application Insights with local authentication off accepts only Entra-authenticated telemetry. The host reads
/// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> (<c>Authorization=AAD;ClientId=…</c>) itself; the worker's
/// WorkerService 2.23 SDK does not, so the managed identity it names is handed to the telemetry configuration here.
/// </summary>
public static class TelemetryAuthentication
{
    public const string Setting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    public static IServiceCollection AddTelemetryAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (ManagedIdentityClientId(configuration[Setting]) is not { } clientId)
        {
            return services;
        }

        services.AddOptions<TelemetryConfiguration>().Configure<AzureComponentFactory>((telemetry, factory) =>
        {
            var identity = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["credential"] = "managedidentity",
                ["clientId"] = clientId.Length > 0 ? clientId : null,
            }).Build();
            telemetry.SetAzureTokenCredential(factory.CreateTokenCredential(identity));
        });
        return services;
    }

    /// <summary>The client id of <c>Authorization=AAD;ClientId=…</c> (empty for the system identity), or null when Entra auth is not asked for.</summary>
    public static string? ManagedIdentityClientId(string? authentication)
    {
        if (string.IsNullOrWhiteSpace(authentication))
        {
            return null;
        }

        var parts = authentication.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        return parts.TryGetValue("Authorization", out var kind) && string.Equals(kind, "AAD", StringComparison.OrdinalIgnoreCase)
            ? parts.GetValueOrDefault("ClientId") ?? string.Empty
            : null;
    }
}
