using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Pilot1X.Functions.Tests;

public sealed class FunctionsAppServicesTests
{
    [Fact]
    public async Task A_queue_name_that_differs_from_the_trigger_fails_the_app_at_start()
    {
        using var host = Build(new() { [FunctionNames.Connection] = "UseDevelopmentStorage=true", ["Pilot1X:Storage:AnalysisQueue"] = "other" });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("analysis", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://hbe.gov.cn")]
    [InlineData("chu@hbe.gov.cn")]
    public async Task An_allowed_report_domain_that_is_not_a_domain_fails_the_app_at_start(string value)
    {
        using var host = Build(new() { [FunctionNames.Connection] = "UseDevelopmentStorage=true", ["Pilot1X:ReportAllowedDomains"] = "hbe.gov.cn;" + value });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Pilot1X__ReportAllowedDomains", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_table_prefix_fails_the_app_at_start()
    {
        using var host = Build(new() { [FunctionNames.Connection] = "UseDevelopmentStorage=true", ["Pilot1X:Storage:TablePrefix"] = "1-bad" });

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public void A_missing_storage_setting_stops_the_app_from_building_and_names_the_settings_to_add()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Build([]));
        Assert.Contains("Storage__blobServiceUri", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_identity_based_storage_connection_builds_clients_for_the_three_service_uris()
    {
        using var host = Build(new()
        {
            ["Storage:blobServiceUri"] = "https://pilot1x.blob.core.chinacloudapi.cn/",
            ["Storage:queueServiceUri"] = "https://pilot1x.queue.core.chinacloudapi.cn/",
            ["Storage:tableServiceUri"] = "https://pilot1x.table.core.chinacloudapi.cn/",
            ["Storage:credential"] = "managedidentity",
            ["Storage:clientId"] = "00000000-0000-0000-0000-000000000001",
        });

        Assert.Equal("pilot1x.blob.core.chinacloudapi.cn", host.Services.GetRequiredService<BlobServiceClient>().Uri.Host);
        Assert.Equal("pilot1x.queue.core.chinacloudapi.cn", host.Services.GetRequiredService<QueueServiceClient>().Uri.Host);
        Assert.Equal("pilot1x.table.core.chinacloudapi.cn", host.Services.GetRequiredService<TableServiceClient>().Uri.Host);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddPilot1XFunctions(builder.Configuration);
        return builder.Build();
    }
}
