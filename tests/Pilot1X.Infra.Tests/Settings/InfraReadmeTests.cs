using Pilot1X.Infra.Tests.Support;

namespace Pilot1X.Infra.Tests.Settings;

public sealed class InfraReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "README.md")).ReplaceLineEndings("\n");

    [Theory]
    [InlineData("az cloud set -n AzureChinaCloud")]
    [InlineData("azd config set cloud.name AzureChinaCloud")]
    [InlineData("azd env set AZURE_LOCATION chinaeast2")]
    [InlineData("azd env set AZURE_HOSTING_PLAN EP1")]
    [InlineData("azd env set AZURE_HOSTING_PLAN FC1")]
    [InlineData("az keyvault secret set --vault-name \"$vault\" --name mailbox-authorization-code")]
    [InlineData("config/configreferences/appsettings/refresh")]
    public void The_readme_walks_through_both_clouds_and_the_secret_rotation(string step)
    {
        Assert.Contains(step, Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_settings_table_is_the_one_rendered_from_the_contract()
    {
        var readme = Readme;
        var start = readme.IndexOf(SettingsTable.StartMarker, StringComparison.Ordinal);
        var end = readme.IndexOf(SettingsTable.EndMarker, StringComparison.Ordinal);

        Assert.True(start >= 0 && end > start, "infra/README.md 缺少设置表的起止标记。");
        var actual = readme[(start + SettingsTable.StartMarker.Length)..end].Trim('\n') + "\n";
        var expected = SettingsTable.Render(SettingsContract.Load());
        Assert.True(expected == actual, $"infra/README.md 的设置表与 app-settings.json 不一致，请替换为：\n{expected}");
    }
}
