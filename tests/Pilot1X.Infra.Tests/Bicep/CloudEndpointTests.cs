using System.Text.Json.Nodes;
using Pilot1X.Infra.Tests.Support;

namespace Pilot1X.Infra.Tests.Bicep;

/// <summary>
/// Nothing may hard-code a cloud's host names: endpoints come from environment(), the storage account's
/// primaryEndpoints, the vault's vaultUri, the site's defaultHostName or the az CLI's selected cloud.
/// </summary>
public sealed class CloudEndpointTests
{
    private const string BicepConfigFile = "bicepconfig.json";

    public static readonly TheoryData<string> CloudHostSuffixes = new()
    {
        "core.windows.net",
        "vault.azure.net",
        "azurewebsites.net",
        ".chinacloudapi.cn",
        "chinacloudsites.cn",
        "login.microsoftonline.com",
        "login.chinacloudapi.cn",
    };

    [Theory]
    [MemberData(nameof(CloudHostSuffixes))]
    public void No_infrastructure_file_hard_codes_a_cloud_host(string host)
    {
        // bicepconfig.json is skipped: it is the list of hosts the linter forbids.
        var files = Directory.EnumerateFiles(RepositoryPaths.Infra, "*", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(file) != BicepConfigFile)
            .Append(RepositoryPaths.AzureYaml)
            .ToList();

        var offenders = files
            .Where(file => File.ReadAllText(file).Contains(host, StringComparison.OrdinalIgnoreCase))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file))
            .ToList();

        Assert.True(files.Count >= 10, $"infra/ 下只有 {files.Count} 个文件：测试没有找到基础设施代码。");
        Assert.True(offenders.Count == 0, $"这些文件写死了 {host}：{string.Join(", ", offenders)}。请改用 environment() 或资源属性中的终结点。");
    }

    [Theory]
    [MemberData(nameof(CloudHostSuffixes))]
    public void The_linter_fails_the_build_on_every_hard_coded_cloud_host(string host)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Infra, BicepConfigFile)))!;
        var rule = config["analyzers"]!["core"]!["rules"]!["no-hardcoded-env-urls"]!;
        var disallowed = rule["disallowedhosts"]!.AsArray().Select(node => (string)node!).ToList();

        Assert.Equal("error", (string?)rule["level"]);
        Assert.Contains(disallowed, forbidden => host.TrimStart('.').EndsWith(forbidden, StringComparison.OrdinalIgnoreCase));
    }
}
