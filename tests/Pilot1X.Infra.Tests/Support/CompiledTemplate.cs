using System.Text.Json.Nodes;

namespace Pilot1X.Infra.Tests.Support;

/// <summary>
/// The ARM JSON that <c>bicep build infra/main.bicep</c> emits. Tests read what Bicep really sets from it
/// (module parameters, variables, resources), not from the Bicep text.
/// </summary>
internal sealed class CompiledTemplate(JsonObject root)
{
    public JsonObject Root { get; } = root;

    public JsonObject Parameters => Root["parameters"]!.AsObject();

    public JsonObject Outputs => Root["outputs"]!.AsObject();

    public static CompiledTemplate Parse(string json) =>
        new(JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException("bicep build 没有输出 JSON 模板。"));

    /// <summary>The nested template of the module deployed under <paramref name="name"/> in main.bicep.</summary>
    public JsonObject ModuleTemplate(string name) => ModuleDeployment(name)["properties"]!["template"]!.AsObject();

    /// <summary>The parameter values main.bicep passes to module <paramref name="name"/>.</summary>
    public JsonObject ModuleParameters(string name) => ModuleDeployment(name)["properties"]!["parameters"]!.AsObject();

    /// <summary>Every resource at any depth, module templates included.</summary>
    public IEnumerable<JsonObject> AllResources() => ResourcesOf(Root);

    private JsonObject ModuleDeployment(string name) =>
        ResourcesOf(Root).FirstOrDefault(resource =>
            (string?)resource["type"] == "Microsoft.Resources/deployments" && (string?)resource["name"] == name)
        ?? throw new InvalidOperationException($"编译后的 main.bicep 中没有名为 {name} 的模块部署。");

    private static IEnumerable<JsonObject> ResourcesOf(JsonObject template)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(node => node!.AsObject()),
            JsonObject symbolic => symbolic.Select(pair => pair.Value!.AsObject()),
            _ => [],
        };

        foreach (var resource in resources)
        {
            yield return resource;
            if (resource["properties"] is JsonObject properties && properties["template"] is JsonObject nested)
            {
                foreach (var inner in ResourcesOf(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
