using System.Text.Json.Nodes;
using Pilot1X.Infra.Tests.Support;

namespace Pilot1X.Infra.Tests.Resources;

/// <summary>Least privilege and no keys: what the compiled template actually deploys.</summary>
[Collection(BicepTemplateGroup.Name)]
public sealed class ResourceSecurityTests(BicepFixture bicep)
{
    private static readonly Dictionary<string, string> ExpectedRoles = new(StringComparer.Ordinal)
    {
        ["b7e6dc6d-f1e8-4753-8033-0f276bb0955b"] = "Storage Blob Data Owner",
        ["ba92f5b4-2d11-453d-a403-e96b0029c9fe"] = "Storage Blob Data Contributor",
        ["974c5e8b-45b9-4653-ba55-5f855dd0fb88"] = "Storage Queue Data Contributor",
        ["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"] = "Storage Table Data Contributor",
        ["4633458b-17de-408a-b874-0445c86b69e6"] = "Key Vault Secrets User",
        ["b86a8fe4-44ce-4948-aee5-eccb2c155cd7"] = "Key Vault Secrets Officer",
        ["3913510d-42f4-4e42-8a64-420c390055eb"] = "Monitoring Metrics Publisher",
    };

    [Fact]
    public void The_storage_account_refuses_shared_keys_public_blobs_and_old_tls()
    {
        var account = Resource("Microsoft.Storage/storageAccounts");
        var properties = account["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public void The_storage_account_has_the_pipeline_containers_and_queues()
    {
        var variables = bicep.Template.ModuleTemplate("storage")["variables"]!;

        Assert.Equal(["uploads", "materials", "inbox", "sections"], Strings(variables["containerNames"]));
        Assert.Equal(["analysis", "analysis-poison", "outbox", "outbox-poison"], Strings(variables["queueNames"]));
        Assert.NotEmpty(Strings(bicep.Template.Parameters["tableNames"]!["defaultValue"]));
    }

    [Fact]
    public void Undeliverable_upload_events_go_to_a_dead_letter_container_only_the_event_grid_topic_may_write()
    {
        var storage = bicep.Template.ModuleTemplate("storage");
        Assert.Equal("uploads-deadletter", (string?)storage["parameters"]!["deadLetterContainerName"]!["defaultValue"]);
        var topic = Resource("Microsoft.EventGrid/systemTopics");
        Assert.Equal("SystemAssigned", (string?)topic["identity"]!["type"]);
        Assert.Equal("Microsoft.Storage.StorageAccounts", (string?)topic["properties"]!["topicType"]);

        var writer = Assert.Single(RoleAssignments(), assignment => ((string?)assignment["scope"])!.Contains("blobServices/containers", StringComparison.Ordinal));
        Assert.Contains("parameters('deadLetterContainerName')", (string?)writer["scope"], StringComparison.Ordinal);
        Assert.Contains("parameters('deadLetterWriterPrincipalId')", (string?)writer["properties"]!["principalId"], StringComparison.Ordinal);
        Assert.Contains("storageBlobDataContributor", (string?)writer["properties"]!["roleDefinitionId"], StringComparison.Ordinal);
        var principal = (string?)bicep.Template.ModuleParameters("roleAssignments")["deadLetterWriterPrincipalId"]!["value"];
        Assert.Contains("'eventGrid'", principal, StringComparison.Ordinal);
        Assert.Contains("outputs.principalId", principal, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_vault_keeps_deleted_secrets_recoverable_with_purge_protection()
    {
        var properties = Resource("Microsoft.KeyVault/vaults")["properties"]!;

        Assert.True((bool)properties["enableSoftDelete"]!);
        Assert.True((bool)properties["enablePurgeProtection"]!);
    }

    [Fact]
    public void Monitoring_accepts_only_entra_authenticated_telemetry()
    {
        Assert.True((bool)Resource("Microsoft.Insights/components")["properties"]!["DisableLocalAuth"]!);
        Assert.True((bool)Resource("Microsoft.OperationalInsights/workspaces")["properties"]!["features"]!["disableLocalAuth"]!);
    }

    [Fact]
    public void The_key_vault_uses_rbac_not_access_policies()
    {
        var properties = Resource("Microsoft.KeyVault/vaults")["properties"]!;

        Assert.True((bool)properties["enableRbacAuthorization"]!);
        Assert.Null(properties["accessPolicies"]);
    }

    [Fact]
    public void The_function_app_runs_as_its_user_assigned_identity_and_resolves_key_vault_references_with_it()
    {
        var site = Resource("Microsoft.Web/sites");

        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Contains("'keyVaultReferenceIdentity', parameters('identityId')", (string?)site["properties"], StringComparison.Ordinal);
        Assert.Contains("'httpsOnly', true()", (string?)site["properties"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_hosting_plan_is_flex_consumption_or_one_that_azure_china_offers()
    {
        var skus = bicep.Template.ModuleTemplate("plan")["variables"]!["skus"]!.AsObject();

        Assert.Equal(["EP1", "FC1", "P1v3"], skus.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.Equal("FlexConsumption", (string?)skus["FC1"]!["sku"]!["tier"]);
        Assert.Equal("ElasticPremium", (string?)skus["EP1"]!["sku"]!["tier"]);
        Assert.Equal("PremiumV3", (string?)skus["P1v3"]!["sku"]!["tier"]);
    }

    [Fact]
    public void Role_assignments_have_deterministic_names_and_are_scoped_to_one_resource()
    {
        var assignments = RoleAssignments();

        Assert.Equal(6, assignments.Count);
        Assert.All(assignments, assignment =>
        {
            Assert.StartsWith("[guid(resourceId('Microsoft.", (string?)assignment["name"], StringComparison.Ordinal);
            Assert.StartsWith("[resourceId('Microsoft.", (string?)assignment["scope"], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Identities_get_exactly_the_data_roles_they_need()
    {
        var roles = bicep.Template.ModuleTemplate("roleAssignments")["variables"]!["roles"]!.AsObject();

        Assert.Equal(ExpectedRoles.Keys.Order(StringComparer.Ordinal), roles.Select(pair => (string)pair.Value!).Order(StringComparer.Ordinal));
    }

    private List<JsonObject> RoleAssignments() =>
        bicep.Template.AllResources().Where(resource => (string?)resource["type"] == "Microsoft.Authorization/roleAssignments").ToList();

    private JsonObject Resource(string type) =>
        Assert.Single(bicep.Template.AllResources(), resource => (string?)resource["type"] == type);

    private static List<string> Strings(JsonNode? node) => node!.AsArray().Select(item => (string)item!).ToList();
}
