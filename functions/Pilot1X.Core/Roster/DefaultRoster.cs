namespace Pilot1X.Core.Roster;

/// <summary>The built-in roster: the 25 sampled institutions of the notice's 附件2, in its order.</summary>
public static class DefaultRoster
{
    private static readonly (string Name, SchoolLevel Level)[] Sampled =
    [
        ("武汉工程大学", SchoolLevel.Undergraduate),
        ("湖北第二师范学院", SchoolLevel.Undergraduate),
        ("湖北大学知行学院", SchoolLevel.Undergraduate),
        ("湖北工程学院新技术学院", SchoolLevel.Undergraduate),
        ("武汉东湖学院", SchoolLevel.Undergraduate),
        ("武汉船舶职业技术学院", SchoolLevel.Higher),
        ("武汉职业技术学院", SchoolLevel.Higher),
        ("湖北职业技术学院", SchoolLevel.Higher),
        ("黄冈职业技术学院", SchoolLevel.Higher),
        ("襄阳职业技术学院", SchoolLevel.Higher),
        ("荆州职业技术学院", SchoolLevel.Higher),
        ("湖北交通职业技术学院", SchoolLevel.Higher),
        ("武汉铁路职业技术学院", SchoolLevel.Higher),
        ("湖北三峡职业技术学院", SchoolLevel.Higher),
        ("武汉电力职业技术学院", SchoolLevel.Higher),
        ("湖北国土资源职业学院", SchoolLevel.Higher),
        ("湖北工程职业学院", SchoolLevel.Higher),
        ("武汉外语外事职业学院", SchoolLevel.Higher),
        ("武汉市东西湖职业技术学校", SchoolLevel.Secondary),
        ("湖北十堰职业技术（集团）学校", SchoolLevel.Secondary),
        ("保康县中等职业技术学校", SchoolLevel.Secondary),
        ("孝感市工业学校", SchoolLevel.Secondary),
        ("罗田理工中等专业学校", SchoolLevel.Secondary),
        ("咸宁卫生学校", SchoolLevel.Secondary),
        ("建始县中等职业技术学校", SchoolLevel.Secondary),
    ];

    public static InstitutionRoster Create() =>
        new(Sampled.Select(s => new Institution(s.Name, [], Sampled: true, [], [], s.Level)));
}
