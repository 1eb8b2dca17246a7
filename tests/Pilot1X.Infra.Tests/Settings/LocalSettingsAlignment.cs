namespace Pilot1X.Infra.Tests.Settings;

/// <summary>
/// Compares the <c>Values</c> of functions/Pilot1X.Functions/local.settings.example.json with the settings
/// contract. Where the two legitimately differ is listed here, explicitly, with the reason.
/// </summary>
internal static class LocalSettingsAlignment
{
    /// <summary>
    /// Keys the local Functions host needs but the app never reads: in Azure the platform sets them
    /// (Flex Consumption takes the runtime from functionAppConfig and rejects them as app settings).
    /// <c>AzureFunctionsJobHost__*</c> keys override host.json and are allowed as well.
    /// </summary>
    public static readonly IReadOnlySet<string> HostOnlyLocalKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "FUNCTIONS_WORKER_RUNTIME",
        "FUNCTIONS_EXTENSION_VERSION",
        "FUNCTIONS_INPROC_NET8_ENABLED",
        "AzureWebJobsFeatureFlags",
    };

    public const string HostJsonOverridePrefix = "AzureFunctionsJobHost__";

    /// <summary>
    /// Settings that may be absent locally: telemetry goes nowhere on a laptop, and the Entra
    /// authentication string only exists for the cloud's Application Insights with local auth off.
    /// </summary>
    public static readonly IReadOnlySet<string> OptionalLocally = new HashSet<string>(StringComparer.Ordinal)
    {
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
    };

    /// <summary>
    /// Suffixes of an identity-based connection. In Azure the connection <c>X</c> is the group
    /// <c>X__blobServiceUri</c>, <c>X__queueServiceUri</c>, …; locally it is one connection string <c>X</c>
    /// (<c>UseDevelopmentStorage=true</c> for Azurite). Either form satisfies the other.
    /// </summary>
    public static readonly IReadOnlySet<string> IdentityConnectionSuffixes = new HashSet<string>(StringComparer.Ordinal)
    {
        "blobServiceUri",
        "queueServiceUri",
        "tableServiceUri",
        "serviceUri",
        "credential",
        "clientId",
    };

    public static LocalSettingsDifference Compare(IEnumerable<string> contractNames, IEnumerable<string> localKeys)
    {
        var contract = Classify(contractNames);
        var local = Classify(localKeys.Where(key =>
            !HostOnlyLocalKeys.Contains(key) && !key.StartsWith(HostJsonOverridePrefix, StringComparison.Ordinal)));

        // A bare local key that names a contract connection is that connection's connection string.
        var localConnections = local.Connections
            .Union(local.Plain.Where(contract.Connections.Contains), StringComparer.Ordinal)
            .ToHashSet(StringComparer.Ordinal);
        var localPlain = local.Plain.Where(key => !contract.Connections.Contains(key)).ToHashSet(StringComparer.Ordinal);

        var missing = contract.Plain.Where(name => !localPlain.Contains(name) && !OptionalLocally.Contains(name))
            .Concat(contract.Connections.Where(name => !localConnections.Contains(name)))
            .Order(StringComparer.Ordinal)
            .ToList();
        var unknown = localPlain.Where(key => !contract.Plain.Contains(key))
            .Concat(localConnections.Where(name => !contract.Connections.Contains(name)))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new LocalSettingsDifference(missing, unknown);
    }

    private static (HashSet<string> Connections, HashSet<string> Plain) Classify(IEnumerable<string> names)
    {
        var connections = new HashSet<string>(StringComparer.Ordinal);
        var plain = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var separator = name.LastIndexOf("__", StringComparison.Ordinal);
            if (separator > 0 && IdentityConnectionSuffixes.Contains(name[(separator + 2)..]))
            {
                connections.Add(name[..separator]);
            }
            else
            {
                plain.Add(name);
            }
        }

        return (connections, plain);
    }
}
