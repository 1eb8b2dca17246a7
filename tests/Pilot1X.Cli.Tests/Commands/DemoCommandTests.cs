using Pilot1X.Core.Roster;

namespace Pilot1X.Cli.Tests.Commands;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_writes_the_readme_rosters_beside_the_samples_not_among_them()
    {
        var root = Path.Combine(Path.GetTempPath(), $"pilot1x-demo-{Guid.NewGuid():N}");
        var samples = Path.Combine(root, "samples");
        try
        {
            var (exit, stdout, _) = await CliRunner.RunAsync("demo", "--out", samples);

            Assert.Equal(0, exit);
            Assert.Contains("示例名单已写入", stdout, StringComparison.Ordinal);
            var office = RosterLoader.Load(Path.Combine(root, "名单", "名单.csv"));
            Assert.Equal(25, office.Institutions.Count);
            Assert.Equal(6, office.Institutions.Count(i => i.Contacts.Count > 0));
            Assert.Equal(["周老师", "陈老师"], office.Institutions.Select(i => i.ContactPerson).OfType<string>().Order(StringComparer.Ordinal));
            var certificates = RosterLoader.Load(Path.Combine(root, "名单", "证书名单.csv"));
            Assert.Contains(certificates.Institutions, i => i.PilotCertificates.Count >= 4);
            Assert.DoesNotContain(Directory.EnumerateFiles(samples, "*.csv", SearchOption.AllDirectories), f => Path.GetFileName(f).Contains("名单", StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
