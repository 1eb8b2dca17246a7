using System.Reflection;
using System.Xml.Linq;
using Pilot1X.Functions;

namespace Pilot1X.Functions.Tests;

/// <summary>The deployed Functions app carries no dev-only code: starting Azurite is for `pilot1x run` and the tests.</summary>
public sealed class DeployedAppReferencesTests
{
    private const string DevOnly = "Pilot1X.LocalStorage";

    [Fact]
    public void The_functions_project_does_not_reach_the_local_azurite_project_through_any_project_reference()
    {
        var root = AzuriteFixture.RepositoryRoot;

        var functions = ProjectClosure(Path.Combine(root, "functions", "Pilot1X.Functions", "Pilot1X.Functions.csproj"));
        var cli = ProjectClosure(Path.Combine(root, "functions", "Pilot1X.Cli", "Pilot1X.Cli.csproj"));

        Assert.Contains("Pilot1X.Pipeline", functions);
        Assert.DoesNotContain(DevOnly, functions);
        // The same walk finds it where it belongs, so the check above can fail.
        Assert.Contains(DevOnly, cli);
    }

    [Fact]
    public void The_built_functions_assembly_does_not_reference_the_local_azurite_assembly()
    {
        var app = AssemblyClosure(typeof(FunctionNames).Assembly);
        var tests = AssemblyClosure(typeof(DeployedAppReferencesTests).Assembly);

        Assert.Contains("Pilot1X.Pipeline", app);
        Assert.DoesNotContain(DevOnly, app);
        Assert.Contains(DevOnly, tests);
    }

    /// <summary>The names of every project reachable from <paramref name="project"/> through ProjectReference items.</summary>
    private static HashSet<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var path))
        {
            if (!seen.Add(Path.GetFileNameWithoutExtension(path)))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(path).Descendants("ProjectReference"))
            {
                var include = ((string?)reference.Attribute("Include") ?? string.Empty).Replace('\\', Path.DirectorySeparatorChar);
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, include)));
            }
        }

        return seen;
    }

    /// <summary>The names of every Pilot1X assembly the compiled <paramref name="start"/> references, directly or not.</summary>
    private static HashSet<string> AssemblyClosure(Assembly start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<AssemblyName>([start.GetName()]);
        while (pending.TryPop(out var name))
        {
            if (name.Name is not { } simple || !simple.StartsWith("Pilot1X.", StringComparison.Ordinal) || !seen.Add(simple))
            {
                continue;
            }

            foreach (var reference in Assembly.Load(name).GetReferencedAssemblies())
            {
                pending.Push(reference);
            }
        }

        return seen;
    }
}
