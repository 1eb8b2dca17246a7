namespace Pilot1X.Core.Certificates;

/// <summary>One 1+X certificate an institution pilots, as the office's roster names it.</summary>
/// <param name="Name">证书名称 exactly as the roster writes it (the name every view and the JSON show).</param>
/// <param name="Organisation">培训评价组织, when the roster's 试点证书 sheet gives it; null otherwise.</param>
/// <param name="Aliases">别名: other names schools use for it (abbreviations, older names).</param>
public sealed record PilotCertificate(string Name, string? Organisation, IReadOnlyList<string> Aliases)
{
    /// <summary>A certificate known only by its name (the roster's 试点证书 column carries nothing else).</summary>
    public static PilotCertificate Named(string name) => new(name, null, []);
}
