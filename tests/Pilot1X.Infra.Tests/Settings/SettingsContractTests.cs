using System.Text.RegularExpressions;

namespace Pilot1X.Infra.Tests.Settings;

/// <summary>infra/app-settings.json itself: well-formed, complete, and true to the Azure traps in DOMAIN.md.</summary>
public sealed partial class SettingsContractTests
{
    private static readonly string[] Sources = [AppSetting.FromDefault, AppSetting.FromDeployment, AppSetting.FromKeyVault];

    private readonly SettingsContract contract = SettingsContract.Load();

    [Fact]
    public void Every_setting_name_is_unique_and_valid_on_linux()
    {
        var duplicates = contract.Settings.GroupBy(setting => setting.Name, StringComparer.Ordinal)
            .Where(group => group.Count() > 1).Select(group => group.Key).ToList();

        Assert.Empty(duplicates);
        Assert.All(contract.Settings, setting => Assert.Matches(LinuxSettingName(), setting.Name));
    }

    [Fact]
    public void Every_setting_says_what_it_is_for_and_where_its_value_comes_from()
    {
        Assert.All(contract.Settings, setting =>
        {
            Assert.False(string.IsNullOrWhiteSpace(setting.Description), $"{setting.Name} 没有说明。");
            Assert.Contains(setting.Source, Sources);
            Assert.Equal(setting.Source == AppSetting.FromKeyVault, setting.Secret);
            Assert.Equal(setting.Source == AppSetting.FromDefault, setting.Default is not null);
            Assert.Equal(setting.Source == AppSetting.FromDeployment, setting.DeploymentValue is not null);
        });
    }

    [Fact]
    public void Secrets_name_a_key_vault_secret_and_have_no_default()
    {
        var secrets = contract.Settings.Where(setting => setting.Secret).ToList();

        Assert.Equal(["Mailbox__AuthorizationCode", "Smtp__Password"], secrets.Select(setting => setting.Name).Order(StringComparer.Ordinal));
        Assert.All(secrets, secret => Assert.Matches(KeyVaultSecretName(), secret.SecretName ?? string.Empty));
        Assert.All(secrets, secret => Assert.Null(secret.Default));
    }

    [Fact]
    public void The_settings_the_brief_names_are_all_in_the_contract()
    {
        string[] required =
        [
            "Storage__blobServiceUri", "Storage__queueServiceUri", "Storage__tableServiceUri", "Storage__credential", "Storage__clientId",
            "AzureWebJobsStorage__blobServiceUri", "AzureWebJobsStorage__queueServiceUri", "AzureWebJobsStorage__tableServiceUri",
            "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId",
            "Pilot1X__Deadline", "Pilot1X__RosterBlob", "Pilot1X__OfficeAddress",
            "Mailbox__Host", "Mailbox__Port", "Mailbox__User", "Mailbox__AuthorizationCode", "Mailbox__PollSchedule",
            "Smtp__Host", "Smtp__Port", "Smtp__User", "Smtp__Password", "Smtp__From",
            "Reminders__Schedule", "APPLICATIONINSIGHTS_CONNECTION_STRING",
        ];

        Assert.All(required, name => Assert.Contains(name, contract.Names));
    }

    [Fact]
    public void Schedules_are_six_field_utc_cron_and_reminders_run_at_nine_china_time()
    {
        var schedules = contract.Settings.Where(setting => setting.Name.EndsWith("Schedule", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(schedules);
        Assert.All(schedules, schedule => Assert.Equal(6, schedule.Default!.Split(' ').Length));
        Assert.Equal("0 0 1 * * *", schedules.Single(schedule => schedule.Name == "Reminders__Schedule").Default);
    }

    [Fact]
    public void Storage_connections_are_identity_based_with_the_managed_identity_credential()
    {
        foreach (var connection in new[] { "Storage", "AzureWebJobsStorage" })
        {
            Assert.Equal("managedidentity", contract.Settings.Single(setting => setting.Name == $"{connection}__credential").Default);
            Assert.DoesNotContain(connection, contract.Names);
            Assert.DoesNotContain($"{connection}__accountName", contract.Names);
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex LinuxSettingName();

    [GeneratedRegex("^[0-9A-Za-z-]{1,127}$")]
    private static partial Regex KeyVaultSecretName();
}
