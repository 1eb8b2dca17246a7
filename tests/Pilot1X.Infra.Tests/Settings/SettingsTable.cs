using System.Text;

namespace Pilot1X.Infra.Tests.Settings;

/// <summary>
/// Renders the settings table of infra/README.md from app-settings.json, so the README cannot drift
/// from the contract.
/// </summary>
internal static class SettingsTable
{
    public const string StartMarker = "<!-- settings-table:start (generated from infra/app-settings.json) -->";
    public const string EndMarker = "<!-- settings-table:end -->";

    public static string Render(SettingsContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var table = new StringBuilder()
            .Append("| 设置 | 值从哪里来 | 默认值 | 说明 |\n")
            .Append("|---|---|---|---|\n");
        foreach (var setting in contract.Settings)
        {
            table.Append("| `").Append(setting.Name).Append("` | ")
                .Append(Origin(setting)).Append(" | ")
                .Append(setting.Default is null ? "—" : setting.Default.Length == 0 ? "（空）" : $"`{setting.Default}`").Append(" | ")
                .Append(setting.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }

        return table.ToString();
    }

    private static string Origin(AppSetting setting) => setting.Source switch
    {
        AppSetting.FromKeyVault => $"Key Vault 机密 `{setting.SecretName}`",
        AppSetting.FromDeployment => $"部署时由 Bicep 计算（`{setting.DeploymentValue}`）",
        _ => "默认值（可覆盖）",
    };
}
