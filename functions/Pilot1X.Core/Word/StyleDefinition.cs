namespace Pilot1X.Core.Word;

/// <summary>One <c>w:style</c> as written, before inheritance.</summary>
internal sealed class StyleDefinition(string id)
{
    public string Id { get; } = id;
    public string? Name { get; set; }
    public string? BasedOn { get; set; }
    public int? OutlineLevel { get; set; }
    public int? NumId { get; set; }
    public int? Ilvl { get; set; }
    public bool? Bold { get; set; }
    public bool? Centered { get; set; }
}
