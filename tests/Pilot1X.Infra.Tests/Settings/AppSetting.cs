namespace Pilot1X.Infra.Tests.Settings;

/// <summary>One entry of infra/app-settings.json: a setting the app reads and where its deployed value comes from.</summary>
internal sealed record AppSetting(
    string Name, string Source, string? DeploymentValue, bool Secret, string? SecretName, string? Default, string Description)
{
    public const string FromDefault = "default";
    public const string FromDeployment = "deployment";
    public const string FromKeyVault = "keyVault";
}
