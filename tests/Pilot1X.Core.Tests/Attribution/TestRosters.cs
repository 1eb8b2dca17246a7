using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Tests.Attribution;

/// <summary>The default 附件2 roster plus 湖北工程学院 (a near name of 湖北工程学院新技术学院), aliases and contacts.</summary>
internal static class TestRosters
{
    internal static InstitutionRoster WithNearNamesAndAliases()
    {
        var institutions = DefaultRoster.Create().Institutions.Select(i => i.Name switch
        {
            "武汉职业技术学院" => i with { Aliases = ["武职", "武汉职院"], Contacts = ["jwc@wtc.example.cn", "shared@office.example.cn"] },
            "武汉船舶职业技术学院" => i with { Aliases = ["武船职院"], Contacts = ["1x@wspc.example.cn", "shared@office.example.cn"] },
            "湖北三峡职业技术学院" => i with { Aliases = ["三峡职院"] },
            "武汉工程大学" => i with { Aliases = ["武工大", "WIT"], Contacts = ["1x@wit.example.cn"] },
            _ => i,
        }).ToList();
        institutions.Add(new Institution("湖北工程学院", [], Sampled: false, [], [], SchoolLevel.Undergraduate));
        return new InstitutionRoster(institutions);
    }
}
