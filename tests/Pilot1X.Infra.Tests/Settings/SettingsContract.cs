using System.Text.Json;
using Pilot1X.Infra.Tests.Support;

namespace Pilot1X.Infra.Tests.Settings;

/// <summary>infra/app-settings.json, the single source of truth for the app's settings.</summary>
internal sealed record SettingsContract(string Description, IReadOnlyList<AppSetting> Settings)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static SettingsContract Load() => Parse(File.ReadAllText(RepositoryPaths.SettingsContract));

    public static SettingsContract Parse(string json) =>
        JsonSerializer.Deserialize<SettingsContract>(json, Options)
        ?? throw new InvalidOperationException("infra/app-settings.json 为空。");

    public IReadOnlySet<string> Names => Settings.Select(setting => setting.Name).ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> DeploymentValuesUsed =>
        Settings.Where(setting => setting.DeploymentValue is not null).Select(setting => setting.DeploymentValue!).ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> SecretNames =>
        Settings.Where(setting => setting.SecretName is not null).Select(setting => setting.SecretName!).ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> NamesFrom(string source) =>
        Settings.Where(setting => setting.Source == source).Select(setting => setting.Name).ToHashSet(StringComparer.Ordinal);
}
