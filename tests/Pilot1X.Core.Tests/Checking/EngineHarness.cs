using Pilot1X.Core.Checking;
using Pilot1X.Core.Intake;
using Pilot1X.Core.Reporting;
using Pilot1X.Core.Roster;

namespace Pilot1X.Core.Tests.Checking;

/// <summary>Runs the real engine on files held in memory, as if they were laid out in folders.</summary>
internal static class EngineHarness
{
    public static readonly DateTimeOffset Before = new(2020, 12, 26, 9, 0, 0, TimeSpan.FromHours(8));

    public static CheckReport Check(params (string Path, byte[] Content)[] files) => Check(DefaultRoster.Create(), null, files);

    public static CheckReport Check(InstitutionRoster roster, IntakeLimits? limits, params (string Path, byte[] Content)[] files)
    {
        var options = new CheckOptions(CheckOptions.DefaultDeadline, Before, limits ?? IntakeLimits.Default);
        var inputs = files.Select(f =>
        {
            var folders = f.Path.Split('/')[..^1].Reverse().ToArray();
            var display = string.Join('/', f.Path.Split('/').Select(DisplayName.Sanitize));
            return new CheckInput(display, () => new MemoryStream(f.Content, writable: false), folders);
        });
        return new CheckEngine(roster, options).Run(inputs);
    }

    public static InstitutionReport Institution(this CheckReport report, string name) =>
        report.Institutions.Single(i => i.Institution.Name == name);

    public static IEnumerable<string> Codes(this InstitutionReport report) => report.Findings.Select(f => f.Code);
}
