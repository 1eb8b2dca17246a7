using Pilot1X.Infra.Tests.Support;

namespace Pilot1X.Infra.Tests.Bicep;

[Collection(BicepTemplateGroup.Name)]
public sealed class BicepValidationTests(BicepFixture bicep)
{
    [Fact]
    public void The_bicep_cli_is_the_version_restored_from_nuget()
    {
        var result = BicepCli.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(BicepCli.Version, result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_bicep_builds_to_an_arm_template_without_errors_or_warnings()
    {
        var result = bicep.Build;

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.StartsWith("https://schema.management.azure.com/schemas/", (string?)bicep.Template.Root["$schema"], StringComparison.Ordinal);
    }

    [Fact]
    public void Main_bicep_passes_lint_without_errors_or_warnings()
    {
        var result = bicep.Lint;

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void The_template_is_a_classic_arm_template_every_cloud_accepts()
    {
        // Symbolic-name templates (languageVersion 2.0) appear when modules lack explicit names; the
        // classic form is accepted by every cloud's Resource Manager, Azure China included.
        Assert.Null(bicep.Template.Root["languageVersion"]);
        Assert.Equal("https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",
            (string?)bicep.Template.Root["$schema"]);
    }
}
