using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pilot1X.Infra.Tests.Support;

namespace Pilot1X.Infra.Tests.Settings;

/// <summary>
/// The app settings the compiled Bicep sets are exactly the entries of infra/app-settings.json: every entry
/// gets a value, no deployment value is stale, secrets are Key Vault references only.
/// </summary>
[Collection(BicepTemplateGroup.Name)]
public sealed partial class BicepAppSettingsTests(BicepFixture bicep)
{
    /// <summary>Read by the Functions platform, never by the app; set only on Elastic Premium / Dedicated.</summary>
    private static readonly HashSet<string> PlatformOnlySettings = new(StringComparer.Ordinal)
    {
        "FUNCTIONS_EXTENSION_VERSION",
        "FUNCTIONS_WORKER_RUNTIME",
        "WEBSITE_RUN_FROM_PACKAGE",
    };

    private readonly SettingsContract contract = SettingsContract.Load();

    [Fact]
    public void The_function_app_module_loads_the_contract_file_verbatim()
    {
        var variables = bicep.Template.ModuleTemplate("functionApp")["variables"]!.AsObject();
        var file = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SettingsContract));

        Assert.Contains(variables, pair => JsonNode.DeepEquals(pair.Value, file));
        var loop = variables["copy"]!.AsArray().Single(node => (string?)node!["name"] == "contractSettings")!;
        Assert.Equal("[length(variables('settingsContract').settings)]", (string?)loop["count"]);
    }

    [Fact]
    public void Every_plan_sets_the_contract_settings_and_only_platform_settings_besides()
    {
        var variables = bicep.Template.ModuleTemplate("functionApp")["variables"]!.AsObject();
        var platform = variables["platformSettings"]!.AsObject().Select(pair => pair.Key).ToList();

        Assert.Equal("[variables('contractSettings')]", (string?)variables["flexProperties"]!["siteConfig"]!["appSettings"]);
        Assert.StartsWith("[concat(variables('contractSettings'), map(items(variables('platformSettings'))",
            (string?)variables["dedicatedProperties"]!["siteConfig"]!["appSettings"], StringComparison.Ordinal);
        Assert.All(platform, name => Assert.Contains(name, PlatformOnlySettings));
        Assert.All(platform, name => Assert.DoesNotContain(name, contract.Names));
    }

    [Fact]
    public void Every_deployment_value_bicep_computes_is_used_and_every_one_the_contract_names_exists()
    {
        var given = DeploymentValues().Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
        var used = contract.DeploymentValuesUsed;

        Assert.True(given.SetEquals(used),
            $"main.bicep 计算了但没有设置使用：[{string.Join(", ", given.Except(used))}]；清单引用了但 main.bicep 没有：[{string.Join(", ", used.Except(given))}]。");
    }

    [Fact]
    public void Storage_endpoints_come_from_the_account_and_the_client_id_from_the_identity()
    {
        var values = DeploymentValues();

        foreach (var connection in new[] { "Storage", "AzureWebJobsStorage" })
        {
            foreach (var service in new[] { "blob", "queue", "table" })
            {
                var value = ValueOf($"{connection}__{service}ServiceUri", values);
                Assert.Contains("'Microsoft.Resources/deployments', 'storage')", value, StringComparison.Ordinal);
                Assert.EndsWith($".outputs.{service}Endpoint.value]", value, StringComparison.Ordinal);
            }

            var clientId = ValueOf($"{connection}__clientId", values);
            Assert.Contains("'Microsoft.Resources/deployments', 'identity')", clientId, StringComparison.Ordinal);
            Assert.EndsWith(".outputs.clientId.value]", clientId, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Secret_settings_are_key_vault_references_built_from_the_vault_uri()
    {
        var loop = bicep.Template.ModuleTemplate("functionApp")["variables"]!["copy"]!.AsArray()
            .Single(node => (string?)node!["name"] == "contractSettings")!;
        var value = (string?)loop["input"]!["value"];

        Assert.StartsWith("[if(variables('settingsContract').settings[copyIndex('contractSettings')].secret, format('@Microsoft.KeyVault(SecretUri={0}secrets/{1}/)', parameters('keyVaultUri')",
            value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_vault_receives_a_secure_value_for_exactly_the_secret_names()
    {
        var given = bicep.Template.ModuleParameters("keyVault")["secretValues"]!["value"]!.AsObject();

        Assert.True(given.Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal).SetEquals(contract.SecretNames));
        Assert.All(given, pair =>
        {
            var parameter = SecureParameter().Match((string?)pair.Value ?? string.Empty).Groups["name"].Value;
            Assert.Equal("securestring", (string?)bicep.Template.Parameters[parameter]?["type"]);
        });
        Assert.Equal("secureObject", (string?)bicep.Template.ModuleTemplate("keyVault")["parameters"]!["secretValues"]!["type"]);
    }

    private JsonObject DeploymentValues() =>
        bicep.Template.ModuleParameters("functionApp")["deploymentValues"]!["value"]!.AsObject();

    private string? ValueOf(string settingName, JsonObject deploymentValues) =>
        (string?)deploymentValues[contract.Settings.Single(setting => setting.Name == settingName).DeploymentValue!];

    [GeneratedRegex(@"^\[parameters\('(?<name>\w+)'\)\]$")]
    private static partial Regex SecureParameter();
}
