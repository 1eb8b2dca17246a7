using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pilot1X.Infra.Tests.Support;

namespace Pilot1X.Infra.Tests.Azd;

/// <summary>azure.yaml, the parameters file and the hooks agree with what main.bicep declares and outputs.</summary>
[Collection(BicepTemplateGroup.Name)]
public sealed partial class AzdTemplateTests(BicepFixture bicep)
{
    private static readonly string AzureYaml = File.ReadAllText(RepositoryPaths.AzureYaml);

    [Fact]
    public void Azure_yaml_deploys_the_functions_project_as_a_dotnet_function_app()
    {
        Assert.Matches(FunctionsService(), AzureYaml);
        Assert.Contains("provider: bicep", AzureYaml, StringComparison.Ordinal);
        Assert.Contains("path: infra", AzureYaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_function_app_carries_the_tag_azd_uses_to_find_the_service()
    {
        var site = Assert.Single(bicep.Template.AllResources(), resource => (string?)resource["type"] == "Microsoft.Web/sites");

        Assert.Contains("'azd-service-name', 'functions'", (string?)site["tags"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_hook_script_azure_yaml_runs_exists()
    {
        var scripts = HookScript().Matches(AzureYaml).Select(match => match.Groups["path"].Value).ToList();

        Assert.Equal(["./infra/hooks/postdeploy.sh", "./infra/hooks/postdeploy.ps1"], scripts);
        Assert.All(scripts, script => Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, script)), $"{script} 不存在。"));
    }

    [Fact]
    public void The_bash_hook_is_valid_bash()
    {
        var startInfo = new ProcessStartInfo("bash") { RedirectStandardError = true, UseShellExecute = false };
        startInfo.ArgumentList.Add("-n");
        startInfo.ArgumentList.Add(Path.Combine(RepositoryPaths.Infra, "hooks", "postdeploy.sh"));

        using var process = Process.Start(startInfo)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, errors);
    }

    [Fact]
    public void The_bash_hook_runs_by_its_shebang_because_azd_executes_the_path_directly_on_posix()
    {
        var script = Path.Combine(RepositoryPaths.Infra, "hooks", "postdeploy.sh");

        Assert.StartsWith("#!/usr/bin/env bash\n", File.ReadAllText(script), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.True((File.GetUnixFileMode(script) & UnixFileMode.UserExecute) != 0, "postdeploy.sh 需要可执行位（git update-index --chmod=+x）。");
        }
    }

    [Theory]
    [InlineData("postdeploy.sh")]
    [InlineData("postdeploy.ps1")]
    public void Hooks_read_only_outputs_that_main_bicep_produces(string script)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "hooks", script));
        var used = AzureVariable().Matches(text).Select(match => match.Value).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("AZURE_STORAGE_ACCOUNT_ID", used);
        Assert.All(used, name => Assert.True(bicep.Template.Outputs.ContainsKey(name), $"{script} 读取 {name}，但 main.bicep 没有这个输出。"));
    }

    [Theory]
    [InlineData("postdeploy.sh")]
    [InlineData("postdeploy.ps1")]
    public void Hooks_subscribe_the_blob_extension_webhook_to_blob_created_events_under_uploads(string script)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "hooks", script));

        Assert.Contains("systemKeys.blobs_extension", text, StringComparison.Ordinal);
        Assert.Contains("/runtime/webhooks/blobs?functionName=Host.Functions.", text, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Storage.BlobCreated", text, StringComparison.Ordinal);
        Assert.Contains("/blobServices/default/containers/", text, StringComparison.Ordinal);
        Assert.Contains("AZURE_FUNCTION_APP_HOSTNAME", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postdeploy.sh")]
    [InlineData("postdeploy.ps1")]
    public void Hooks_dead_letter_undeliverable_upload_events_into_the_dead_letter_container_with_the_topic_identity(string script)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "hooks", script));

        Assert.Contains("AZURE_EVENT_GRID_SYSTEM_TOPIC", text, StringComparison.Ordinal);
        Assert.Contains("AZURE_UPLOADS_DEADLETTER_CONTAINER", text, StringComparison.Ordinal);
        Assert.Matches(script.EndsWith(".sh", StringComparison.Ordinal) ? "--deadletter-identity systemassigned --deadletter-identity-endpoint" : "deadLetterWithResourceIdentity = @\\{\\s*identity = @\\{ type = 'SystemAssigned' \\}", text);
        Assert.DoesNotContain("system-topic create", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parameters_file_names_only_parameters_main_bicep_declares_and_every_required_one()
    {
        var file = JsonNode.Parse(File.ReadAllText(RepositoryPaths.MainParameters))!["parameters"]!.AsObject();
        var declared = bicep.Template.Parameters;

        Assert.All(file, pair => Assert.True(declared.ContainsKey(pair.Key), $"main.parameters.json 中的 {pair.Key} 在 main.bicep 中不存在。"));
        var required = declared.Where(pair => pair.Value!["defaultValue"] is null).Select(pair => pair.Key);
        Assert.All(required, name => Assert.True(file.ContainsKey(name), $"main.bicep 的必填参数 {name} 没有出现在 main.parameters.json。"));
    }

    [Fact]
    public void Secrets_reach_the_template_only_from_the_azd_environment()
    {
        var file = JsonNode.Parse(File.ReadAllText(RepositoryPaths.MainParameters))!["parameters"]!.AsObject();

        foreach (var name in new[] { "mailboxAuthorizationCode", "smtpPassword" })
        {
            Assert.Equal("securestring", (string?)bicep.Template.Parameters[name]!["type"]);
            Assert.Matches(AzdVariable(), (string?)file[name]!["value"]);
        }
    }

    [GeneratedRegex(@"functions:\s*\n\s*project: \./functions/Pilot1X\.Functions\s*\n\s*language: dotnet\s*\n\s*host: function")]
    private static partial Regex FunctionsService();

    [GeneratedRegex(@"run: (?<path>\./infra/hooks/\S+)")]
    private static partial Regex HookScript();

    [GeneratedRegex(@"\bAZURE_[A-Z_]+\b")]
    private static partial Regex AzureVariable();

    [GeneratedRegex(@"^\$\{[A-Z0-9_]+=?\}$")]
    private static partial Regex AzdVariable();
}
