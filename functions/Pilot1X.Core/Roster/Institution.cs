using Pilot1X.Core.Certificates;

namespace Pilot1X.Core.Roster;

/// <summary>One pilot institution on the office's roster.</summary>
/// <param name="Name">单位名称, the canonical name.</param>
/// <param name="Aliases">别名: other names it goes by (abbreviations, old names).</param>
/// <param name="Sampled">是否抽查: one of the 25 sampled institutions, which also owe the evaluation report.</param>
/// <param name="Contacts">联系邮箱: addresses it sends from (lower case).</param>
/// <param name="Certificates">试点证书: the names, as the roster writes them.</param>
/// <param name="Level">办学层次.</param>
public sealed record Institution(
    string Name,
    IReadOnlyList<string> Aliases,
    bool Sampled,
    IReadOnlyList<string> Contacts,
    IReadOnlyList<string> Certificates,
    SchoolLevel Level)
{
    /// <summary>联系人: whom the office calls (optional roster column).</summary>
    public string? ContactPerson { get; init; }

    /// <summary>电话: the contact's telephone (optional roster column).</summary>
    public string? Phone { get; init; }

    /// <summary>
    /// 试点证书 with what the roster says of each (培训评价组织, 别名, from its 试点证书 sheet); by default the
    /// <see cref="Certificates"/> names alone. The roster loader sets both; keep them in step when setting one.
    /// </summary>
    public IReadOnlyList<PilotCertificate> PilotCertificates { get; init; } = [.. Certificates.Select(PilotCertificate.Named)];
}
