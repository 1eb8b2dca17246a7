using Pilot1X.Core.Formats;
using Pilot1X.Core.Materials;
using Pilot1X.Core.Reporting.Dashboard;
using Pilot1X.Core.Reporting.Office;
using Pilot1X.Core.Scans;
using Pilot1X.Core.Tests.Reporting.Office;

namespace Pilot1X.Core.Tests.Reporting.Dashboard;

/// <summary>
/// The office samples (complete, incomplete with hostile text, nothing received) as the dashboard reads them, with a
/// Word file named like a script, an institution name made of markup characters and three submissions on two days.
/// </summary>
internal static class DashboardSamples
{
    // A file name never holds "/" (intake makes it "_"), so the markup is one without: the dashboard shows a file by its own name.
    public const string ScriptFile = "<script>alert(1)<script>.docx";
    public const string MarkupName = "测试\"学院'&<>";

    public static readonly DateTimeOffset FirstDay = new(2020, 12, 20, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>17:00 UTC on the 24th is 01:00 on the 25th in Beijing: the chart must count it on the 25th.</summary>
    public static readonly DateTimeOffset LateNightUtc = new(2020, 12, 24, 17, 0, 0, TimeSpan.Zero);

    public static DashboardData Data()
    {
        var summary = OfficeSummary.FromCheck(OfficeSamples.Report());
        var rows = summary.Rows.Select(r => r.Institution == OfficeSamples.Incomplete ? r with { Institution = r.Institution with { Name = MarkupName } } : r).ToList();
        var complete = OfficeSamples.Complete.Name;
        var documents = new List<DashboardDocument>
        {
            new(complete, "s1", "a/武汉职业技术学院-工作总结报告.docx", MaterialKind.Summary, FileFormat.Docx, true, null, FirstDay)
            {
                Chars = 5200,
                TemplateSections = [1, 2, 3, 4, 5, 6],
            },
            new(complete, "s1", "a/武汉职业技术学院-工作总结报告（盖章扫描版）.pdf", MaterialKind.Summary, FileFormat.Pdf, true, null, FirstDay)
            {
                Pages = 3,
                Seal = SealStatus.Found,
            },
            new(MarkupName, "s2", ScriptFile, MaterialKind.Summary, FileFormat.Docx, true, null, FirstDay.AddHours(2))
            {
                Chars = 800,
                TemplateSections = [1, 2],
            },
            new(MarkupName, "s0", "旧版-工作总结报告.docx", MaterialKind.Summary, FileFormat.Docx, false, null, FirstDay.AddHours(-30)),
        };
        var submissions = new List<DashboardSubmission>
        {
            new("s0", FirstDay.AddHours(-30), [MarkupName]),
            new("s1", FirstDay, [complete]),
            new("s2", FirstDay.AddHours(2), [MarkupName]),
            new("s3", LateNightUtc, [MarkupName, "不在名单中的单位"]),
        };
        return new DashboardData(summary with { Rows = rows }, documents, submissions);
    }
}
