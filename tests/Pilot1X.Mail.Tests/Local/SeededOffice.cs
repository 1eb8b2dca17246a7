using Pilot1X.Core.Materials;
using Pilot1X.Core.Roster;
using Pilot1X.Pipeline.Submissions;

namespace Pilot1X.Mail.Tests.Local;

/// <summary>
/// A four-institution roster on Azurite: one complete, one with only its summary's Word version, one incomplete without a
/// contact address and one that sent nothing. Two institutions are due a reminder.
/// </summary>
public sealed class SeededOffice : IAsyncDisposable
{
    public const string Complete = "武汉工程大学";
    public const string Partial = "武汉职业技术学院";
    public const string NoContact = "湖北工程学院";
    public const string Silent = "黄冈职业技术学院";
    public const int DueReminders = 2;

    private const string Roster = """
        单位名称,别名,是否抽查,联系邮箱,试点证书,办学层次
        武汉工程大学,武工大,是,1x@wit.example.cn,Web前端开发,本科
        湖北工程学院,,否,,,本科
        武汉职业技术学院,武职,是,JWC@WTC.example.cn; 1x@wtc.example.cn,物流管理,高职
        黄冈职业技术学院,黄冈职院,是,1x@hgpu.example.cn,Web前端开发,高职
        """;

    private readonly string _work;

    private SeededOffice(string work, MailHarness harness)
    {
        _work = work;
        Harness = harness;
    }

    public MailHarness Harness { get; }

    public static async Task<SeededOffice> CreateAsync(AzuriteFixture azurite, Dictionary<string, string?>? extra = null)
    {
        var work = Directory.CreateTempSubdirectory("pilot1x-office-").FullName;
        var roster = Path.Combine(work, "名单.csv");
        await File.WriteAllTextAsync(roster, Roster);
        var settings = new Dictionary<string, string?>(extra ?? []) { ["Pilot1X:RosterPath"] = roster, ["Pilot1X:Mail:OutboxRetryBaseSeconds"] = "0" };
        var office = new SeededOffice(work, new MailHarness(azurite, null, settings));
        var institutions = office.Harness.Get<InstitutionRoster>();
        var statuses = office.Harness.Get<InstitutionStatusStore>();
        var received = new DateTimeOffset(2020, 12, 22, 10, 0, 0, TimeSpan.FromHours(8));
        await StatusSeed.SeedAsync(office.Harness.Store, statuses, institutions.Find(Complete)!, StatusSeed.Complete, received);
        await StatusSeed.SeedAsync(office.Harness.Store, statuses, institutions.Find(Partial)!, [(MaterialKind.Summary, true)], received);
        await StatusSeed.SeedAsync(office.Harness.Store, statuses, institutions.Find(NoContact)!, [(MaterialKind.Summary, true)], received);
        return office;
    }

    /// <summary>A fresh folder under this office's temporary directory.</summary>
    public string Folder(string name) => Path.Combine(_work, name);

    public async ValueTask DisposeAsync()
    {
        await Harness.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }
}
