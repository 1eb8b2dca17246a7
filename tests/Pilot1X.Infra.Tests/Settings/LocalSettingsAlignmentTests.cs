using System.Text.Json;
using System.Text.Json.Nodes;
using Pilot1X.Infra.Tests.Support;

namespace Pilot1X.Infra.Tests.Settings;

public sealed class LocalSettingsAlignmentTests
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly SettingsContract contract = SettingsContract.Load();

    [Fact]
    public void A_local_example_that_documents_the_contract_the_local_way_is_aligned()
    {
        var difference = LocalSettingsAlignment.Compare(contract.Names, LocalWayOf(contract));

        Assert.True(difference.IsAligned, difference.ToString());
    }

    [Fact]
    public void A_setting_the_app_reads_but_the_local_example_omits_is_reported_missing()
    {
        var local = LocalWayOf(contract).Where(key => key != "Mailbox__PollSchedule" && key != "Storage");

        var difference = LocalSettingsAlignment.Compare(contract.Names, local);

        Assert.Equal(["Mailbox__PollSchedule", "Storage"], difference.MissingLocally);
        Assert.Empty(difference.UnknownToContract);
    }

    [Fact]
    public void A_stale_local_name_and_an_unknown_connection_are_reported()
    {
        var local = LocalWayOf(contract).Append("Mailbox__Password").Append("Archive__blobServiceUri");

        var difference = LocalSettingsAlignment.Compare(contract.Names, local);

        Assert.Empty(difference.MissingLocally);
        Assert.Equal(["Archive", "Mailbox__Password"], difference.UnknownToContract);
    }

    [Fact]
    public void Identity_based_storage_settings_may_also_be_written_out_locally()
    {
        var local = LocalWayOf(contract).Where(key => key != "Storage")
            .Append("Storage__blobServiceUri").Append("Storage__queueServiceUri").Append("Storage__tableServiceUri");

        Assert.True(LocalSettingsAlignment.Compare(contract.Names, local).IsAligned);
    }

    [Fact]
    public void Host_only_keys_and_host_json_overrides_are_allowed_locally()
    {
        var local = LocalWayOf(contract).Append("AzureFunctionsJobHost__logging__logLevel__default");

        Assert.True(LocalSettingsAlignment.Compare(contract.Names, local).IsAligned);
    }

    [Fact]
    public void The_functions_app_documents_exactly_the_contract_in_its_local_settings_example()
    {
        // The Functions app is built on another branch; once its project is here, its example must exist and agree.
        Assert.True(!Directory.Exists(RepositoryPaths.FunctionsProject) || File.Exists(RepositoryPaths.LocalSettingsExample),
            $"{RepositoryPaths.FunctionsProject} 存在但没有 local.settings.example.json。");
        if (!File.Exists(RepositoryPaths.LocalSettingsExample))
        {
            return;
        }

        var values = JsonNode.Parse(File.ReadAllText(RepositoryPaths.LocalSettingsExample), documentOptions: Lenient)?["Values"]?.AsObject()
            ?? throw new InvalidOperationException("local.settings.example.json 没有 Values 对象。");

        var difference = LocalSettingsAlignment.Compare(contract.Names, values.Select(pair => pair.Key));

        Assert.True(difference.IsAligned, difference.ToString());
    }

    /// <summary>How a local.settings.json documents the contract: one connection string per storage connection, host keys added.</summary>
    private static IEnumerable<string> LocalWayOf(SettingsContract contract) =>
        contract.Names
            .Select(name => name.StartsWith("Storage__", StringComparison.Ordinal) ? "Storage"
                : name.StartsWith("AzureWebJobsStorage__", StringComparison.Ordinal) ? "AzureWebJobsStorage"
                : name)
            .Where(name => !LocalSettingsAlignment.OptionalLocally.Contains(name))
            .Distinct(StringComparer.Ordinal)
            .Append("FUNCTIONS_WORKER_RUNTIME");
}
